import { useEffect } from 'react';
import { isFindShortcut } from './find-shortcut-key';
import type { Find } from './use-find';

/**
 * Ctrl/Cmd+F anywhere in the page opens the find bar and focuses its box, instead of the
 * browser's own find. Pressed again while the box has focus, it is left to the browser, so the
 * browser's find is one more press away.
 */
export function useFindShortcut(find: Pick<Find, 'setOpen' | 'ids'>): void {
  const { setOpen } = find;
  const inputId = find.ids.input;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isFindShortcut(e)) return;
      if (document.activeElement?.id === inputId) return;
      e.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [setOpen, inputId]);
}
