/**
 * Calls `found` with the first element matching `selector` as soon as it is in the document
 * (now, or when it appears, e.g. once a lazy panel has loaded); gives up after `timeoutMs`.
 * Returns a function that cancels the wait.
 */
export function whenElement(
  selector: string,
  found: (element: HTMLElement) => void,
  timeoutMs = 5000,
): () => void {
  const existing = document.querySelector<HTMLElement>(selector);
  if (existing) {
    found(existing);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return;
    stop();
    found(element);
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
