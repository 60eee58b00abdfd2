import { useEffect, useState } from 'react';
import type { ArticleDocument } from '../document/article-document';
import { referenceDate } from '../document/document-meta';
import type { DateDecoration } from '../document/text-decorations';

const NONE: DateDecoration[] = [];

/**
 * Every date the extractor finds in the article, as `<time datetime>` decorations. The
 * extractor (month names in two systems, calendar rules) loads after the first paint; until
 * then the text simply has no `<time>` marks.
 */
export function useArticleDates(doc: ArticleDocument): DateDecoration[] {
  const [dates, setDates] = useState<{ text: string; dates: DateDecoration[] } | null>(null);
  const documentDate = referenceDate(doc.meta);
  useEffect(() => {
    let cancelled = false;
    void import('../timeline/extract-dates').then(({ extractDates }) => {
      if (cancelled) return;
      const found = extractDates(doc.text, { documentDate }).map((m, i) => ({
        key: `date-${i}`,
        start: m.start,
        end: m.end,
        dateTime: m.value,
      }));
      setDates({ text: doc.text, dates: found });
    });
    return () => {
      cancelled = true;
    };
  }, [doc.text, documentDate]);
  return dates?.text === doc.text ? dates.dates : NONE;
}
