import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../document/article-document';
import { useNotices } from '../ui/NoticeProvider';
import type { LocationTarget } from './location-target';

/** Where a quote link points: its passage once found, or that it cannot be followed. */
export interface LinkedQuote {
  range: TextRange | null;
  /** The link is malformed or hostile (ignored), or its quote is no longer in the article. */
  unresolved: boolean;
}

const NOT_YET: LinkedQuote = { range: null, unresolved: false };

/**
 * The passage a copied quote link (`#quote=…`) points at, found by the anchoring module.
 * Works without any saved annotation; a malformed or hostile link is ignored, and a quote no
 * longer in the article is reported, never guessed: either way it is `unresolved`.
 */
export function useLinkedQuote(doc: ArticleDocument, target: LocationTarget): LinkedQuote {
  const { t } = useTranslation();
  const notices = useNotices();
  const [linked, setLinked] = useState<LinkedQuote>(NOT_YET);
  // Said in the language of the moment; switching languages must not anchor (and scroll) again.
  const reportNotFound = useEffectEvent(() => notices.info(t('quoteLink.notFound')));
  useEffect(() => {
    if (target?.kind !== 'quote') return;
    let cancelled = false;
    // The link parser lives with export and the anchoring loads apart: both only when a link
    // is opened.
    void Promise.all([import('../export/parse-quote-link'), import('../anchoring/anchor')]).then(
      ([{ parseQuoteFragment }, { anchor }]) => {
        if (cancelled) return;
        const quote = parseQuoteFragment(target.hash);
        const found = quote ? anchor(quote, doc.text) : null;
        if (found?.status === 'orphan') reportNotFound();
        setLinked(
          found && found.status !== 'orphan'
            ? { range: { start: found.start, end: found.end }, unresolved: false }
            : { range: null, unresolved: true },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [doc.text, target]);
  return linked;
}
