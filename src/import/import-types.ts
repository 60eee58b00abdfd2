import type { AnnotationRecord } from '../export/record-contract';

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
  | 'other-document' // its target names another document
  | 'invalid-color' // a color we do not have (missing means yellow; unknown is refused)
  | 'note-too-long' // over MAX_NOTE_LENGTH UTF-16 code units
  | 'invalid-date' // created/modified present but not a valid time
  | 'quote-not-found'; // the quote is nowhere in this article, even approximately

/** One refused item: its 0-based index among the file's items (CSV: data rows after the header). */
export interface ImportRejection {
  index: number;
  reason: RejectCode;
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
    }
  | { ok: false; error: ImportErrorCode };

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
}
