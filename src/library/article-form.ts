import type { DetectedLanguage } from './extract/detect-language';
import type { ExtractedMeta } from './extract/extracted-article';
import { isoDateOf } from './extract/iso-date';
import { sourceUrlOf } from './extract/web-address';

/** A language the form offers for an article's text. */
export type ArticleLanguage = DetectedLanguage['language'];

/** The form's languages, in the order the select lists them. */
export const ARTICLE_LANGUAGES: readonly ArticleLanguage[] = ['ar', 'en', 'fa', 'ur', 'he', 'und'];

/** Languages written right to left; every other reads left to right. */
const RIGHT_TO_LEFT: ReadonlySet<ArticleLanguage> = new Set(['ar', 'fa', 'ur', 'he']);

/** Longest title kept, in UTF-16 units. */
export const MAX_TITLE_LENGTH = 500;

/** What the "Add article" form's fields hold: strings as inputs hold them. */
export interface ArticleFormValues {
  title: string;
  sourceUrl: string;
  author: string;
  /** `YYYY-MM-DD` as a date input holds it, or empty. */
  published: string;
  /** True while `published` is the date the extractor guessed from the text. */
  publishedGuessed: boolean;
  language: ArticleLanguage;
  /** Kept from the extraction; the form does not show it. */
  siteName: string | null;
}

/** Why a field's value cannot be saved; the form translates the code. */
export type ArticleFormError =
  'title-empty' | 'title-too-long' | 'source-url-invalid' | 'published-invalid';

/** The fields a code can be about. */
export type ArticleFormField = 'title' | 'sourceUrl' | 'published';

/** Metadata ready to be saved with the article. */
export interface ArticleFormMeta {
  title: string;
  sourceUrl: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  publishedGuessed: boolean;
  language: ArticleLanguage;
  direction: 'rtl' | 'ltr';
}

/** The form's values or, per field, why it cannot be saved. */
export type ArticleFormCheck =
  | { ok: true; meta: ArticleFormMeta }
  | { ok: false; errors: Partial<Record<ArticleFormField, ArticleFormError>> };

/** The form's first values from what an extraction found; absent fields are empty strings. */
export function formValuesFrom(meta: ExtractedMeta): ArticleFormValues {
  return {
    title: meta.title,
    sourceUrl: meta.sourceUrl ?? '',
    author: meta.author ?? '',
    published: meta.published?.value ?? '',
    publishedGuessed: meta.published?.guessed ?? false,
    language: meta.language,
    siteName: meta.siteName,
  };
}

/** A field of the form the reader can edit. */
export type EditableField = 'title' | 'sourceUrl' | 'author' | 'published' | 'language';

/**
 * The form after a new extraction: `found` (see {@link formValuesFrom}) except in the fields the
 * reader already `edited`, which keep their `current` value (a typed date stays not a guess).
 */
export function prefillForm(
  current: ArticleFormValues,
  found: ArticleFormValues,
  edited: ReadonlySet<EditableField>,
): ArticleFormValues {
  const next = { ...found };
  for (const field of edited) {
    if (field === 'published') next.publishedGuessed = current.publishedGuessed;
    if (field === 'language') next.language = current.language;
    else next[field] = current[field];
  }
  return next;
}

/** The values after the reader typed `published`: their own date is no longer a guess. */
export function withPublished(values: ArticleFormValues, published: string): ArticleFormValues {
  return { ...values, published, publishedGuessed: false };
}

/** Direction of an article in `language`. */
export function directionOf(language: ArticleLanguage): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * Checks the form's values and trims them into savable metadata: a title is required (at most
 * {@link MAX_TITLE_LENGTH}); a source URL, when given, must be an absolute http(s) address
 * (tracking parameters dropped); a published date, when given, a real `YYYY-MM-DD` day. Blank
 * optional fields become null. Never throws.
 */
export function checkArticleForm(values: ArticleFormValues): ArticleFormCheck {
  const errors: Partial<Record<ArticleFormField, ArticleFormError>> = {};
  const title = values.title.replace(/\s+/gu, ' ').trim();
  if (!title) errors.title = 'title-empty';
  else if (title.length > MAX_TITLE_LENGTH) errors.title = 'title-too-long';
  const rawUrl = values.sourceUrl.trim();
  const sourceUrl = rawUrl ? sourceUrlOf(rawUrl) : null;
  if (rawUrl && !sourceUrl) errors.sourceUrl = 'source-url-invalid';
  const rawDate = values.published.trim();
  const published = /^\d{4}-\d{2}-\d{2}$/u.test(rawDate) ? isoDateOf(rawDate) : null;
  if (rawDate && !published) errors.published = 'published-invalid';
  if (Object.keys(errors).length) return { ok: false, errors };
  const author = values.author.replace(/\s+/gu, ' ').trim();
  return {
    ok: true,
    meta: {
      title,
      sourceUrl,
      siteName: values.siteName,
      author: author || null,
      published,
      publishedGuessed: published !== null && values.publishedGuessed,
      language: values.language,
      direction: directionOf(values.language),
    },
  };
}
