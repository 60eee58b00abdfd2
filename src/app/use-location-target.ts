import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../document/article-document';
import { focusHighlight } from '../highlights/focus-highlight';
import { useNotices } from '../ui/NoticeProvider';
import { locationTarget, type LocationTarget } from './location-target';
import { useHydrated } from './use-hydrated';
import { useLinkedQuote } from './use-linked-quote';

/** How long a `#highlight=` link waits for its highlight to be drawn, in milliseconds. */
const HIGHLIGHT_WAIT_MS = 10_000;

/** The reader's own moves: once they have started reading, a late highlight leaves the view be. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Focuses highlight `id` in `article` as soon as it is drawn: the store opens after the first
 * paint, so a linked highlight usually arrives a moment after the article. Gives up quietly
 * after {@link HIGHLIGHT_WAIT_MS}, or once the reader scrolls, clicks or types (an unknown or
 * deleted id simply never appears). Returns a function that stops waiting.
 */
function focusHighlightWhenDrawn(article: HTMLElement, id: string): () => void {
  if (focusHighlight(article, id)) return () => {};
  const observer = new MutationObserver(() => {
    if (focusHighlight(article, id)) stop();
  });
  const timer = window.setTimeout(() => stop(), HIGHLIGHT_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  // A mark can also gain an id in place, when React reuses the element for a new highlight.
  observer.observe(article, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-starts'],
  });
  for (const type of READER_INPUT) {
    window.addEventListener(type, stop, { capture: true, passive: true });
  }
  return stop;
}

/** What the address points at, and whether it can be followed. */
export interface LocationTargetState {
  target: LocationTarget;
  /** The linked quote's range, drawn as a mark even though nothing was saved. */
  linkedQuote: TextRange | null;
  /**
   * The address names something that is not there: a quote no longer in the article (or a
   * malformed link), or a highlight that is not among those drawn. It then gives way to the
   * saved reading position.
   */
  unresolved: boolean;
}

/**
 * What the address points at (`#b7`, a copied quote link, `#highlight=<id>`), brought into
 * view once the article (and, for a highlight, the highlight) is there. `drawnHighlights` are
 * the ids of the highlights in the article, or null until the store has been read: a linked id
 * not among them is reported and the target `unresolved`.
 */
export function useLocationTarget(
  doc: ArticleDocument,
  article: HTMLElement | null,
  drawnHighlights: Pick<ReadonlySet<string>, 'has'> | null = null,
): LocationTargetState {
  const { t } = useTranslation();
  const notices = useNotices();
  // The prerendered page has no address: while hydrating, the target is none, as there.
  const hydrated = useHydrated();
  const target = useMemo(
    () => (hydrated ? locationTarget(location.hash, doc) : null),
    [hydrated, doc],
  );
  const linked = useLinkedQuote(doc, target);
  useEffect(() => {
    if (!article || target?.kind !== 'block') return;
    document.getElementById(target.blockId)?.scrollIntoView({ block: 'start' });
  }, [article, target]);
  // Decided once, when the store is first read: a highlight made later in this tab, or a
  // language switch, changes nothing.
  const [missing, setMissing] = useState<boolean | null>(null);
  if (missing === null && target?.kind === 'highlight' && drawnHighlights) {
    setMissing(!drawnHighlights.has(target.id));
  }
  const highlightMissing = missing === true;
  useEffect(() => {
    // A missing highlight is not waited for: restored from the Trash a moment later, it must
    // not pull the reader away from the position they were given back.
    if (!article || target?.kind !== 'highlight' || highlightMissing) return;
    return focusHighlightWhenDrawn(article, target.id);
  }, [article, target, highlightMissing]);
  useEffect(() => {
    const mark = article?.querySelector<HTMLElement>('mark[data-hit="quote-link"]');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }, [article, linked.range]);

  const reportMissing = useEffectEvent(() => notices.info(t('highlightLink.notFound')));
  useEffect(() => {
    if (highlightMissing) reportMissing();
  }, [highlightMissing]);

  return {
    target,
    linkedQuote: linked.range,
    unresolved: linked.unresolved || highlightMissing,
  };
}
