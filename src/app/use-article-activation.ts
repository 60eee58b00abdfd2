import { useEffect } from 'react';

interface Handlers {
  /** A highlight was clicked, or Enter/Space pressed on it. */
  onHighlight: (annotationId: string) => void;
  /** A timeline marker in the margin was activated. */
  onEventMarker: (eventId: string) => void;
}

/**
 * Activation inside the article, delegated to the article element so its blocks need no
 * handlers of their own (and stay memoised): highlights open their note, margin markers
 * select their timeline event. A click that ends a text selection is not an activation.
 */
export function useArticleActivation(
  article: HTMLElement | null,
  { onHighlight, onEventMarker }: Handlers,
) {
  useEffect(() => {
    if (!article) return;
    const activate = (e: Event) => {
      const target = e.target as Element | null;
      const marker = target?.closest?.('button[data-event-marker]');
      if (marker instanceof HTMLElement) {
        if (e.type === 'click') onEventMarker(marker.dataset.eventMarker ?? '');
        return;
      }
      const mark = target?.closest?.('mark.highlight');
      if (!(mark instanceof HTMLElement)) return;
      if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
      if (e.type === 'click' && !document.getSelection()?.isCollapsed) return;
      const id = mark.dataset.starts?.split(' ')[0] ?? mark.dataset.annotationId;
      if (!id) return;
      e.preventDefault();
      onHighlight(id);
    };
    article.addEventListener('click', activate);
    article.addEventListener('keydown', activate);
    return () => {
      article.removeEventListener('click', activate);
      article.removeEventListener('keydown', activate);
    };
  }, [article, onHighlight, onEventMarker]);
}
