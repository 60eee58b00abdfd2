import type { MouseEvent } from 'react';

/**
 * A plain left click on a link: the app follows it itself. A middle click or one with a
 * modifier (new tab, new window, download) is left to the browser, which opens the address.
 */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
