import type { DocumentMeta, TextDirection } from './article-document';

// Scripts written right to left: Arabic (Arabic, Persian, Urdu, …), Hebrew, Syriac, Thaana, N'Ko.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ku', 'sd', 'ug', 'he', 'yi', 'syr', 'dv']);

/** The direction a language is written in, from its BCP 47 primary subtag; `ltr` if unknown. */
export function directionOf(language: string): TextDirection {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** The document's title in `language` when it has that translation, else in its own language. */
export function titleIn(meta: DocumentMeta, language: string): string {
  return meta.translations[language]?.title ?? meta.title;
}

/** The site name in `language` when translated, else as written; null when unknown. */
export function siteNameIn(meta: DocumentMeta, language: string): string | null {
  return meta.translations[language]?.siteName ?? meta.siteName;
}

/**
 * The day the document speaks from, `YYYY-MM-DD`: its publication date, else the day it was
 * added (a date without a year is read as near that day).
 */
export function referenceDate(meta: DocumentMeta): string {
  return meta.published?.value ?? meta.added.slice(0, 10);
}
