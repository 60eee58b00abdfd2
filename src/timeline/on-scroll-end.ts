/** Where the browser has no `scrollend`: how long the page must be still for a scroll to be over. */
export const SETTLE_MS = 150;

/**
 * Calls `listener` each time a scroll of the page ends: on `scrollend` where the browser fires
 * it, otherwise once no `scroll` has come for {@link SETTLE_MS} (Safari before 26).
 * @returns a function that stops listening
 */
export function onScrollEnd(win: Window, listener: () => void): () => void {
  // Typed as always there; older engines leave the handler property out altogether.
  if ((win as Partial<Window>).onscrollend !== undefined) {
    win.addEventListener('scrollend', listener);
    return () => win.removeEventListener('scrollend', listener);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(listener, SETTLE_MS);
  };
  win.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(timer);
    win.removeEventListener('scroll', onScroll);
  };
}
