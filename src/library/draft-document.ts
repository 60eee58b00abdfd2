import type { ArticleDocument } from '../document/article-document';
import { buildDocument } from '../document/build-document';
import type { ArticleDraft } from './add-article-input';

/** Longest short name, in characters: export file names stay readable. */
const SHORT_NAME_LENGTH = 48;

/** The ASCII kebab-case form of `text`, or '' when it has no ASCII letter or digit. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SHORT_NAME_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/**
 * The name an added document's exports are saved under: its title in ASCII kebab-case, else
 * (an Arabic title) the source URL's host and last path segment, else `article-` and the
 * start of its id.
 */
export function shortNameOf(title: string, sourceUrl: string | null, id: string): string {
  const fromTitle = kebab(title);
  if (fromTitle) return fromTitle;
  const url = sourceUrl && URL.canParse(sourceUrl) ? new URL(sourceUrl) : null;
  if (url) {
    const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
    // A percent-encoded Arabic slug has no ASCII words: the host alone says where it came from.
    const fromUrl = kebab(`${url.hostname.replace(/^www\./, '')} ${/%/.test(last) ? '' : last}`);
    if (fromUrl) return fromUrl;
  }
  return `article-${kebab(id).slice(0, 8) || 'added'}`;
}

/**
 * The document a checked "Add article" draft becomes: id `id` (a UUID), source its URL or
 * `urn:uuid:<id>`, language and direction as the reader confirmed them, blocks joined into
 * the canonical text by {@link buildDocument}. Pure.
 * @param now the time it is added, ISO 8601 (UTC)
 */
export function documentFromDraft(draft: ArticleDraft, id: string, now: string): ArticleDocument {
  const { meta } = draft;
  return buildDocument(
    {
      id,
      title: meta.title,
      source: meta.sourceUrl ?? `urn:uuid:${id}`,
      siteName: meta.siteName,
      author: meta.author,
      published: meta.published ? { value: meta.published, guessed: meta.publishedGuessed } : null,
      added: now,
      modified: now,
      shortName: shortNameOf(meta.title, meta.sourceUrl, id),
      builtIn: false,
      language: meta.language,
      direction: meta.direction,
      translations: {},
    },
    draft.blocks.map(({ kind, text }) => ({ kind, text })),
  );
}
