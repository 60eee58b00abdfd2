import type { Block, DocumentMeta } from '../document/article-document';
import type { ReadingPosition } from '../document/reading-position';
import { toW3CAnnotation } from '../export/export-jsonld';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { DismissedProposal, TimelineEventRecord } from '../storage/timeline-event-record';
import type {
  BackupAnnotation,
  BackupDocument,
  LibraryBackup,
  LibraryRow,
} from './library-backup-format';
import {
  BACKUP_DELETED,
  BACKUP_DOCUMENT,
  BACKUP_FORMAT,
  BACKUP_VERSION,
} from './library-backup-format';

/** Everything in the library, as storage reads it (`readLibrary`). */
export interface LibraryContents {
  /** Every row, with the text and blocks of an added document (null for a bundled one). */
  documents: readonly { row: LibraryRow; text: string | null; blocks: Block[] | null }[];
  /** Every annotation, live and trashed. */
  annotations: readonly AnnotationRecord[];
  /** Every stored timeline event. */
  events: readonly TimelineEventRecord[];
  /** Every dismissed proposal. */
  dismissed: readonly DismissedProposal[];
  /** Stored reading positions by document id, unchecked: malformed ones are left out. */
  positions: Readonly<Record<string, unknown>>;
}

/** A bundled document with no row yet (never opened or hidden), for its annotations. */
function bundledRow(id: string): LibraryRow {
  return { id, meta: null, added: null, lastOpened: null, deleted: null, hidden: false };
}

/** The `source` of a document that has no stored metadata: the bundled one's, else a URN. */
function sourceOf(row: LibraryRow, bundled: readonly DocumentMeta[]): string {
  return (
    row.meta?.source ??
    bundled.find((meta) => meta.id === row.id)?.source ??
    `urn:x-qari:doc:${encodeURIComponent(row.id)}`
  );
}

/**
 * The whole library as one backup object (see {@link LibraryBackup}): every document with
 * its row, text and blocks, every annotation (trashed ones too) as a W3C Web Annotation over its
 * document's `source`, every timeline event and dismissed proposal as stored, and the reading
 * positions. A document some annotation or event refers to but without a row (the bundled one, never opened) gets a bundled entry. `bundled` gives the
 * bundled documents' metadata, for their `source`. Pure; never throws.
 */
export function buildLibraryBackup(
  library: LibraryContents,
  options: { now: Date; bundled: readonly DocumentMeta[] },
): LibraryBackup {
  const entries = new Map<
    string,
    { row: LibraryRow; text: string | null; blocks: Block[] | null }
  >();
  for (const entry of library.documents) entries.set(entry.row.id, entry);
  for (const { documentId } of [...library.annotations, ...library.events]) {
    if (!entries.has(documentId)) {
      entries.set(documentId, { row: bundledRow(documentId), text: null, blocks: null });
    }
  }
  const documents: BackupDocument[] = [...entries.values()].map(({ row, text, blocks }) => ({
    id: row.id,
    source: sourceOf(row, options.bundled),
    meta: row.meta,
    added: row.added,
    lastOpened: row.lastOpened,
    deleted: row.deleted,
    hidden: row.hidden,
    text,
    blocks,
  }));
  const sources = new Map(documents.map((doc) => [doc.id, doc.source]));
  const annotations = library.annotations.map((record): BackupAnnotation => ({
    ...toW3CAnnotation(record, sources.get(record.documentId) ?? ''),
    [BACKUP_DOCUMENT]: record.documentId,
    [BACKUP_DELETED]: record.deleted,
  }));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: options.now.toISOString(),
    documents,
    annotations,
    events: [...library.events],
    dismissed: [...library.dismissed],
    positions: Object.fromEntries(
      Object.entries(library.positions).filter((entry): entry is [string, ReadingPosition] =>
        isReadingPosition(entry[1]),
      ),
    ),
  };
}

/** The backup as the file's text: JSON, pretty-printed, ending in a newline. */
export function serializeLibraryBackup(backup: LibraryBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** True for a `{ blockId, offset, fraction }` as the reader's position is stored. */
function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { blockId, offset, fraction } = value as Record<string, unknown>;
  return (
    typeof blockId === 'string' &&
    Number.isSafeInteger(offset) &&
    (offset as number) >= 0 &&
    typeof fraction === 'number' &&
    fraction >= 0 &&
    fraction <= 1
  );
}

/** The backup's file name for `now`: `qari-library-YYYY-MM-DD.json` (UTC date). */
export function libraryBackupFilename(now: Date): string {
  return `qari-library-${now.toISOString().slice(0, 10)}.json`;
}
