import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anchor } from '../anchoring/anchor';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../article/article-document';
import { useNotices } from '../ui/NoticeProvider';
import type { LocationTarget } from './location-target';

/**
 * The passage a copied quote link (`#quote=…`) points at, found by the anchoring module, or
 * null. Works without any saved annotation; a malformed or hostile link is ignored, and a
 * quote no longer in the article is reported, never guessed.
 */
export function useLinkedQuote(doc: ArticleDocument, target: LocationTarget): TextRange | null {
  const { t } = useTranslation();
  const notices = useNotices();
  const [range, setRange] = useState<TextRange | null>(null);
  // Said in the language of the moment; switching languages must not anchor (and scroll) again.
  const reportNotFound = useEffectEvent(() => notices.info(t('quoteLink.notFound')));
  useEffect(() => {
    if (target?.kind !== 'quote') return;
    let cancelled = false;
    // The link parser lives with export, loaded only when a link is opened.
    void import('../export/parse-quote-link').then(({ parseQuoteFragment }) => {
      const quote = parseQuoteFragment(target.hash);
      if (cancelled || !quote) return;
      const found = anchor(quote, doc.text);
      if (found.status === 'orphan') reportNotFound();
      else setRange({ start: found.start, end: found.end });
    });
    return () => {
      cancelled = true;
    };
  }, [doc.text, target]);
  return range;
}
