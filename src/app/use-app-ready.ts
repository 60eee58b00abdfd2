import { useEffect } from 'react';
import { UI_PENDING_ATTRIBUTE } from './prerendered';

/**
 * Set on `#root` once the app has rendered (or hydrated) and responds to the reader. With the
 * prerendered HTML the article is on screen long before that, so tests and benchmarks wait on
 * this instead.
 */
export const READY_ATTRIBUTE = 'data-ready';

/** Marks the app ready after its first commit, and shows the header words hidden until then. */
export function useAppReady(): void {
  useEffect(() => {
    document.documentElement.removeAttribute(UI_PENDING_ATTRIBUTE);
    document.getElementById('root')?.setAttribute(READY_ATTRIBUTE, '');
  }, []);
}
