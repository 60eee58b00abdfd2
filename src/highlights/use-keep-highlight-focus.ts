import { useEffect, useLayoutEffect, useRef } from 'react';
import { highlightElement } from './focus-highlight';

/**
 * Keeps keyboard focus on a highlight when its block re-renders with a new structure (a date
 * mark arriving, an overlapping highlight added) and React replaces the focused `<mark>`:
 * focus would otherwise fall back to the page body.
 * @param version anything that changes when the article's decorations change
 */
export function useKeepHighlightFocus(article: HTMLElement | null, version: unknown): void {
  const focused = useRef<{ element: Element; id: string } | null>(null);

  useEffect(() => {
    if (!article) return;
    const onFocusIn = (e: FocusEvent) => {
      const mark = (e.target as Element | null)?.closest?.('mark[data-starts]');
      const id = mark instanceof HTMLElement ? mark.dataset.starts?.split(' ')[0] : undefined;
      focused.current = mark && id ? { element: mark, id } : null;
    };
    article.addEventListener('focusin', onFocusIn);
    return () => article.removeEventListener('focusin', onFocusIn);
  }, [article]);

  useLayoutEffect(() => {
    const last = focused.current;
    if (!article || !last || last.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    highlightElement(article, last.id)?.focus({ preventScroll: true });
  }, [article, version]);
}
