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
 * citing title, author, site name, publication date (Intl, in that language) and the link, each
 * in the UI language when the document has it so and left out when unknown, joined with
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
  const { meta } = doc;
  // Written out rather than imported from document-meta: shared with the first load, that module
  // would become a chunk of its own, an extra request on every first visit.
  const translation = meta.translations[lang];
  const siteName = translation?.siteName ?? meta.siteName;
  const parts = [
    translation?.title ?? meta.title,
    ...(meta.author ? [meta.author] : []),
    ...(siteName ? [siteName] : []),
    ...(meta.published ? [formatPublished(meta.published.value, lang)] : []),
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
