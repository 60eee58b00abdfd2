import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the prerender and while hydrating, true after: parts that depend on the device (the
 * store, the clock) render only then, so the prerendered HTML and the first render agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
