/** The pending end of each element's flash. */
const flashTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Brings an element to the reader: scrolls it to the middle of the view (smoothly unless they
 * prefer reduced motion), moves focus to it without a second scroll, and flashes it briefly
 * (`data-flashing`, no animation under reduced motion). An attribute, not a class: React
 * rewrites `className` when the element re-renders (an event passage becoming selected), which
 * would cut the flash off before it starts.
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
  // A reveal during the last one's flash restarts it, with the full time to run.
  clearTimeout(flashTimers.get(element));
  element.removeAttribute('data-flashing');
  void element.offsetWidth; // restart the animation
  element.setAttribute('data-flashing', '');
  flashTimers.set(
    element,
    setTimeout(() => element.removeAttribute('data-flashing'), 1600),
  );
}
