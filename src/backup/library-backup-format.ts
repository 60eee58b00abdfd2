import type { Block, DocumentMeta } from '../document/article-document';
import type { ReadingPosition } from '../document/reading-position';
import type { W3CAnnotation } from '../export/export-jsonld';
import type { DismissedProposal, TimelineEventRecord } from '../storage/timeline-event-record';

/** Envelope marker of a whole-library backup (Excalidraw style: `type` + `version`). */
export const BACKUP_FORMAT = 'qari-library-backup';

/**
 * Version of the envelope this build writes; it reads this one and every earlier one, and
 * refuses a later one. v1: documents, annotations, positions (its `events` always empty).
 * v2: the timeline events as stored, and the dismissed proposals.
 */
export const BACKUP_VERSION = 2;

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

/** The file, version 2 (a version 1 file is the same without `dismissed`, `events` empty). */
export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was written, ISO 8601 (UTC). */
  exported: string;
  documents: BackupDocument[];
  annotations: BackupAnnotation[];
  /** Every timeline event the reader accepted or added, as stored (anchored like annotations). */
  events: TimelineEventRecord[];
  /** Every proposal the reader dismissed, so it is not proposed again. */
  dismissed: DismissedProposal[];
  /** The reading position of each document that has one, by document id. */
  positions: Record<string, ReadingPosition>;
}

/** An annotation or timeline event of a file whose quote is not in its document's text. */
export interface UnanchoredInBackup {
  id: string;
  kind: 'annotation' | 'event';
  documentId: string;
  quote: string;
}
