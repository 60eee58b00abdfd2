import type { ExtractedBlock, ExtractError, ExtractNotice } from './extract/extracted-article';
import type { ArticleFormMeta } from './article-form';

/** What the reader hands the "Add article" dialog: a paste (with its rich form, if any) or a file. */
export type AddArticleInput =
  { kind: 'paste'; text: string; html: string | null } | { kind: 'file'; file: File };

/** An extraction that cannot go on, and why: an extractor's code, or the file would not read. */
export type AddArticleError = ExtractError | 'read-failed' | 'no-input';

/** An article ready to be saved: its blocks, in order, and the metadata the reader confirmed. */
export interface ArticleDraft {
  blocks: ExtractedBlock[];
  meta: ArticleFormMeta;
  notices: ExtractNotice[];
}

/**
 * What saving a draft did: saved as document `id`, or refused because the same text is already
 * in the library as document `id` (nothing written). A failed write rejects instead.
 */
export type SaveOutcome =
  { kind: 'saved'; id: string } | { kind: 'duplicate'; id: string; title: string };

/**
 * The input a clipboard holds: its `text/html` when a browser put one there (a copy from a
 * web page), with the plain text beside it; null when it holds neither.
 */
export function clipboardInput(data: Pick<DataTransfer, 'getData'> | null): AddArticleInput | null {
  if (!data) return null;
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  if (!text && !html) return null;
  return { kind: 'paste', text, html: html || null };
}
