import { useEffect, useMemo, useState } from 'react';
import builtInDates from 'virtual:built-in-dates';
import type { ArticleDocument } from '../document/article-document';
import type { DateDecoration } from '../document/text-decorations';
import { textFingerprint } from '../anchoring/text-fingerprint';

const NONE: DateDecoration[] = [];

/** The build's dates when `doc` is the built-in article with the text they were found in. */
function precomputedDates(doc: ArticleDocument): DateDecoration[] | null {
  return doc.meta.id === builtInDates.documentId &&
    textFingerprint(doc.text) === builtInDates.fingerprint
    ? builtInDates.dates
    : null;
}

/**
 * Every date the extractor finds in the article, as `<time datetime>` decorations. The
 * built-in article's were found at build time (they are in its prerendered HTML); for any
 * other text the extractor (month names in two systems, calendar rules) loads after the first
 * paint, and until then the text simply has no `<time>` marks.
 */
export function useArticleDates(doc: ArticleDocument): DateDecoration[] {
  const [dates, setDates] = useState<{ text: string; dates: DateDecoration[] } | null>(null);
  const known = useMemo(() => precomputedDates(doc), [doc]);
  useEffect(() => {
    if (known) return;
    let cancelled = false;
    void import('./article-dates').then(({ articleDates }) => {
      if (!cancelled) setDates({ text: doc.text, dates: articleDates(doc) });
    });
    return () => {
      cancelled = true;
    };
  }, [doc, known]);
  return known ?? (dates?.text === doc.text ? dates.dates : NONE);
}
