import { useEffect, useMemo } from 'react';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../article/article-document';
import { locationTarget, type LocationTarget } from './location-target';
import { useLinkedQuote } from './use-linked-quote';

/**
 * What the address points at (`#b7`, a copied quote link), brought into view once the article
 * is there. Returns the target (it wins over the saved reading position) and the linked
 * quote's range, drawn as a mark even though nothing was saved.
 */
export function useLocationTarget(
  doc: ArticleDocument,
  article: HTMLElement | null,
): { target: LocationTarget; linkedQuote: TextRange | null } {
  const target = useMemo(() => locationTarget(location.hash, doc), [doc]);
  const linkedQuote = useLinkedQuote(doc, target);
  useEffect(() => {
    if (!article || target?.kind !== 'block') return;
    document.getElementById(target.blockId)?.scrollIntoView({ block: 'start' });
  }, [article, target]);
  useEffect(() => {
    const mark = article?.querySelector<HTMLElement>('mark[data-hit="quote-link"]');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }, [article, linkedQuote]);
  return { target, linkedQuote };
}
