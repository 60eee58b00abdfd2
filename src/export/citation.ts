import type { ArticleDocument } from '../document/article-document';
import type { AnnotationTarget } from '../anchoring/selectors';

/** The UI languages a citation can be written in. */
export type CitationLanguage = 'ar' | 'en';

/** How to write a citation. */
export interface CitationOptions {
  uiLanguage: CitationLanguage;
  /** Link to the quote (e.g. the page address plus {@link quoteLinkFragment}); omitted if absent. */
  url?: string;
}

const STYLE: Record<CitationLanguage, { open: string; close: string; comma: string }> = {
  ar: { open: '«', close: '»', comma: '، ' },
  en: { open: '“', close: '”', comma: ', ' },
};

/**
 * "Copy quote" text: the quote in the UI language's quotation marks («…» or “…”), then a line
 * citing headline, publisher, publication date (Intl, in that language) and the link, joined with
 * that language's comma (، or ,). Plain text; never throws.
 */
export function formatCitation(
  source: AnnotationTarget | { target: AnnotationTarget },
  doc: ArticleDocument,
  options: CitationOptions,
): string {
  const target = 'target' in source ? source.target : source;
  const lang = options.uiLanguage;
  const style = STYLE[lang];
  const parts = [
    doc.meta.headline[lang],
    doc.meta.publisher[lang],
    formatPublished(doc.meta.published, lang),
    ...(options.url ? [options.url] : []),
  ];
  return `${style.open}${target.quote.exact}${style.close}\n— ${parts.join(style.comma)}`;
}

/** A YYYY-MM-DD calendar date as a long date in `lang`; the input itself if it is not one. */
export function formatPublished(published: string, lang: CitationLanguage): string {
  const date = new Date(`${published}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(date.getTime())) return published;
  // The date names a calendar day, not an instant: format it in UTC so no time zone shifts it.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
