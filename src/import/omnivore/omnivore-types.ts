import type { OmnivoreHighlight } from './omnivore-highlights';
import type { OmnivoreMetadata } from './omnivore-metadata';

/** One saved article of an Omnivore export, with its content and its highlights. */
export interface OmnivoreArticle extends OmnivoreMetadata {
  /**
   * The readable content as Omnivore kept it (the output of its Readability, a fragment, not a
   * whole page), decoded as UTF-8. Untrusted markup: to be turned into blocks by extraction,
   * never into the page.
   */
  contentHtml: string;
  highlights: OmnivoreHighlight[];
  /** Notes on the whole article (no quote). */
  articleNotes: string[];
}

/** Why one article (or one file) of an export is left out; the UI translates the code. */
export type OmnivoreLeftOutReason =
  | 'missing-content' // no content/<slug>.html in the export
  | 'pdf-content' // the article is a PDF (content/<slug>.pdf): not read
  | 'invalid-metadata' // an entry of a metadata file that is not an article (no slug)
  | 'duplicate-article' // a slug met earlier in the export (the first one wins)
  | 'unreadable-content' // its content file could not be unpacked, or is empty
  | 'highlights-without-article'; // highlights/<slug>.md for no article of the metadata

/** One article (or file) left out, and what it would have brought. */
export interface OmnivoreLeftOut {
  reason: OmnivoreLeftOutReason;
  /** The article's slug, or null when its metadata gave none. */
  slug: string | null;
  title: string | null;
  /** Highlights (and article notes) lost with it. */
  highlights: number;
}

/** Why a whole export is refused (nothing is imported); the UI translates the code. */
export type OmnivoreExportError =
  | 'not-zip' // not a zip archive (or a damaged one)
  | 'too-many-entries' // more than 20,000 entries (or files chosen)
  | 'too-large' // unpacked sizes adding up past 200 MB
  | 'unsafe-path' // an entry name with `..`, or absolute
  | 'not-omnivore' // no metadata_*.json at its root, or one that is not a list of articles
  | 'metadata-not-json' // a metadata file that does not parse as JSON
  | 'unreadable-metadata' // a metadata file that cannot be unpacked or read
  | 'empty'; // an Omnivore export with no article in it

/** The outcome of reading an export: articles to preview (nothing is written), or why not. */
export type OmnivoreReadResult =
  | { ok: true; articles: OmnivoreArticle[]; leftOut: OmnivoreLeftOut[] }
  | { ok: false; error: OmnivoreExportError };

/** Largest export read: the sum of its entries' unpacked sizes, 200 MB. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Most entries (zip) or files (folder) an export may have. */
export const MAX_EXPORT_ENTRIES = 20_000;
