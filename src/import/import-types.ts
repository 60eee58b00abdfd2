import type { AnnotationRecord } from '../export/record-contract';
import type { LibraryEntry } from './library-names';

/** Why a whole file was refused; the UI translates the code. */
export type ImportErrorCode =
  | 'not-json' // meant to be JSON (by name, type or look) but does not parse
  | 'wrong-shape' // JSON or CSV, but not annotations we know
  | 'empty' // blank, or a known container holding no annotation
  | 'too-large' // over MAX_IMPORT_BYTES
  | 'unsupported-format'; // neither JSON nor CSV (by name, type or look)

/** Why one annotation of a file was left out; the UI translates the code. */
export type RejectCode =
  | 'invalid-annotation' // an item of no shape we know
  | 'invalid-id' // an id we cannot keep (e.g. urn:uuid: with no valid UUID, or not a string)
  | 'duplicate-id' // the same id earlier in the same file (the first one wins)
  | 'missing-target' // no TextQuoteSelector to anchor
  | 'other-document' // its target names another document of the library
  | 'not-in-library' // its target names a document this library does not hold
  | 'invalid-color' // a color we do not have (missing means yellow; unknown is refused)
  | 'note-too-long' // over MAX_NOTE_LENGTH UTF-16 code units
  | 'invalid-date' // created/modified present but not a valid time
  | 'quote-not-found' // the quote is nowhere in this article, even approximately
  | 'reply'; // a Hypothesis reply (it has `references`): a reply to another annotation

/** One refused item: its 0-based index among the file's items (CSV: data rows after the header). */
export interface ImportRejection {
  index: number;
  reason: RejectCode;
}

/**
 * Something the preview says about an item that was read all the same: `title-differs`, a CSV
 * row whose title names the article otherwise (`title`, as the file has it) although its quote
 * is in it. `index` as in {@link ImportRejection}.
 */
export interface ImportNotice {
  index: number;
  kind: 'title-differs';
  title: string;
}

/** Which kind of file was read. */
export type ImportFormat = 'qari' | 'w3c' | 'hypothesis' | 'csv';

/** Outcome of reading a file: candidates to preview (nothing is written yet), or why not. */
export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      candidates: AnnotationRecord[];
      rejected: ImportRejection[];
      notices: ImportNotice[];
    }
  | { ok: false; error: ImportErrorCode };

/** What the import's file chooser offers: JSON (our own, W3C, Hypothesis) and CSV. */
export const ACCEPT_IMPORT = '.json,.jsonld,.csv,application/json,application/ld+json,text/csv';

/** Largest file we read: 20 MB (of UTF-8). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A file as the UI has it. */
export interface ImportFile {
  text: string;
  /** File name, used to tell the format (`.json`, `.jsonld`, `.csv`). */
  name?: string;
  /** MIME type as the browser reports it (may be empty). */
  type?: string;
  /** Size in bytes (`File#size`), checked before anything is parsed; measured if absent. */
  size?: number;
}

/** What an import needs besides the file and the document. */
export interface ImportOptions {
  /** The time given to annotations that carry no creation time. */
  now: Date;
  /** Other names of this document (e.g. its web address) that foreign files may use. */
  sourceAliases?: readonly string[];
  /**
   * Every document of the library (this one among them), so that an item naming a document the
   * library does not hold is told apart from one of another document in it; undefined when the
   * library is not known (then any other document is `other-document`).
   */
  library?: readonly LibraryEntry[];
}
