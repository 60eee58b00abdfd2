/**
 * Brings an element to the reader: scrolls it to the middle of the view (smoothly unless they
 * prefer reduced motion), moves focus to it without a second scroll, and flashes it briefly
 * (`is-flashing`, no animation under reduced motion).
 */
export function reveal(element: HTMLElement): void {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (!element.hasAttribute('tabindex')) {
    // Focusable only while it has focus: a permanent tabindex on text would stop mouse selection.
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
  if (reduce) return;
  element.classList.remove('is-flashing');
  void element.offsetWidth; // restart the animation
  element.classList.add('is-flashing');
  setTimeout(() => element.classList.remove('is-flashing'), 1600);
}
