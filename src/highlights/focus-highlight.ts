/** The element a highlight can be focused by: the mark where it starts. */
export function highlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-starts~="${CSS.escape(id)}"]`);
}

/**
 * Scrolls a highlight into view (smoothly unless the reader prefers reduced motion), moves
 * focus to it and flashes it briefly. False when it is not in the page.
 */
export function focusHighlight(root: ParentNode, id: string): boolean {
  const mark = highlightElement(root, id);
  if (!mark) return false;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  if (!reduce) {
    mark.classList.remove('is-flashing');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('is-flashing');
    setTimeout(() => mark.classList.remove('is-flashing'), 1300);
  }
  return true;
}
