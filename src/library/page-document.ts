import type { ArticleDocument } from '../document/article-document';
import { buildDocument } from '../document/build-document';
import { shortNameOf } from './draft-document';
import { extractArticle } from './extract/extract-article';
import type { ExtractError } from './extract/extracted-article';
import { siteHost } from './extract/web-address';

/** What another tool knew of a page it saved: each field, when given, wins over the page's own. */
export interface PageFacts {
  title: string | null;
  author: string | null;
  /** The page's address (`http:`/`https:`), or null. */
  url: string | null;
  /** When it was published, an ISO 8601 timestamp or date; null when unknown. */
  published: string | null;
  /** When the reader saved it there, ISO 8601 timestamp: it becomes the document's `added`. */
  saved: string | null;
  tags: readonly string[];
}

/** The document a saved page becomes, or why none does (the extractor's code). */
export type PageDocumentResult =
  { ok: true; doc: ArticleDocument } | { ok: false; error: ExtractError };

/**
 * Makes a document of a page another tool saved, by the same path as an `.html` file the
 * reader adds: the extractor turns the markup into blocks (parsed inert, never put into the
 * page); a readable fragment Readability finds no article in (a short one) is taken whole as
 * the rich text of a paste. The tool's facts win over what the page says of itself; language
 * and direction come from the letters. Never throws.
 * @param html the page or its readable fragment, untrusted markup
 * @param name the file name it came as (`<slug>.html`), for the extractor's checks
 * @param id the document's id (a UUID)
 * @param now when it is imported, ISO 8601: its `modified`, and its `added` when not `saved`
 */
export async function documentFromPage(
  html: string,
  name: string,
  facts: PageFacts,
  id: string,
  now: string,
): Promise<PageDocumentResult> {
  const today = now.slice(0, 10);
  let extracted = await extractArticle({ kind: 'file', name, text: html }, today);
  if (!extracted.ok && extracted.error === 'no-article') {
    extracted = await extractArticle({ kind: 'paste-html', text: html }, today);
  }
  if (!extracted.ok) return extracted;
  const { blocks, meta } = extracted;
  const title = facts.title?.trim() || meta.title;
  const url = facts.url ?? meta.sourceUrl;
  const published = facts.published?.slice(0, 10) ?? null;
  const tags = [...new Set(facts.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  return {
    ok: true,
    doc: buildDocument(
      {
        id,
        title,
        source: url ?? `urn:uuid:${id}`,
        siteName: meta.siteName ?? (url ? siteHost(url) : null),
        author: facts.author?.trim() || meta.author,
        published: published ? { value: published, guessed: false } : meta.published,
        added: facts.saved ?? now,
        modified: now,
        shortName: shortNameOf(title, url, id),
        builtIn: false,
        language: meta.language,
        direction: meta.direction,
        translations: {},
        ...(tags.length > 0 ? { tags } : {}),
      },
      blocks.map(({ kind, text }) => ({ kind, text })),
    ),
  };
}
