import type { ArticleDocument } from './article-document';

/**
 * Where documents come from: the bundled seed, the reader's library in the store, or a test's
 * own. The app composes one; every feature asks it by document id and never learns which.
 */
export interface DocumentSource {
  /** Stable key for the query cache: two sources with one key must give the same documents. */
  key: string;
  /**
   * The document with this id. Rejects with an `ArticleLoadError` when its files or record
   * cannot be read, or with an `ArticleFailure` (from `document-query.ts`) when they are bad or
   * the document is not there (`not-found`).
   */
  loadDocument(id: string): Promise<ArticleDocument>;
  /**
   * The document's curated timeline as unvalidated JSON, or null when it has none. Rejects
   * with an `ArticleLoadError` coded `timeline-missing` or `timeline-invalid`.
   */
  loadTimeline(id: string): Promise<unknown>;
}
