import type { Block, DocumentMeta } from '../document/article-document';
import type { ReadingPosition } from '../document/reading-position';
import type { W3CAnnotation } from '../export/export-jsonld';

/** Envelope marker of a whole-library backup (Excalidraw style: `type` + `version`). */
export const BACKUP_FORMAT = 'qari-library-backup';

/** Version of the envelope this build writes and reads; a file of a later one is refused. */
export const BACKUP_VERSION = 1;

/** Extension property naming an annotation's document id (the `source` may be shared). */
export const BACKUP_DOCUMENT = 'qari:document';

/** Extension property holding when an annotation went to the Trash, or null. */
export const BACKUP_DELETED = 'qari:deleted';

/**
 * A document's place in the library, as storage keeps it (the `documents` row without its
 * hash, which a restore computes again from the text).
 */
export interface LibraryRow {
  id: string;
  /** Null for a bundled document: its metadata ships with the app. */
  meta: DocumentMeta | null;
  added: string | null;
  lastOpened: string | null;
  deleted: string | null;
  hidden: boolean;
}

/** One document in a backup: its row, its `source`, and (when added) its text and blocks. */
export interface BackupDocument extends LibraryRow {
  /** The W3C `target.source` of its annotations. */
  source: string;
  /** The canonical text of an added document; null for a bundled one. */
  text: string | null;
  blocks: Block[] | null;
}

/** One annotation in a backup: a W3C Web Annotation plus its document and its Trash time. */
export type BackupAnnotation = W3CAnnotation & {
  [BACKUP_DOCUMENT]: string;
  [BACKUP_DELETED]: string | null;
};

/** The file, version 1. */
export interface LibraryBackupV1 {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was written, ISO 8601 (UTC). */
  exported: string;
  documents: BackupDocument[];
  annotations: BackupAnnotation[];
  /**
   * Timeline events the reader accepted or added. Storage keeps none yet, so version 1 writes
   * an empty list; the field is there so that files written once events are stored still read.
   */
  events: unknown[];
  /** The reading position of each document that has one, by document id. */
  positions: Record<string, ReadingPosition>;
}

/** An annotation of a restored file whose quote is not found in its document's text. */
export interface UnanchoredInBackup {
  id: string;
  documentId: string;
  quote: string;
}
