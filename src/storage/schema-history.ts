import type { Dexie, Transaction } from 'dexie';

/** One released version of the database schema. */
export interface SchemaVersion {
  /** Dexie version number (IndexedDB's native version is ten times this). */
  version: number;
  /** Store definitions exactly as passed to Dexie's `version(n).stores()`; null deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  /** Runs once, inside the upgrade transaction, when opening a database older than `version`. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every released schema, oldest first. Append only: a released entry is never edited or
 * removed, because a database written by it may still be opened by today's code.
 * `tests/fixtures/db/v<N>.json` keeps a database as version N wrote it, and the upgrade test
 * opens each of them with the current schema. To release version N+1: append it here, then add
 * its fixture.
 *
 * v1 indexes: `documentId` (list one document), `modified` (changes since the last export).
 * There is deliberately no `[documentId+deleted]` index: `deleted` is null for live records and
 * null is not a valid IndexedDB key, so such an index would only ever hold trashed records.
 *
 * v2 adds the library: `documents` (one row per document: its place in the library, and the
 * metadata of an added one; indexes `added` and `lastOpened` for the library's sorts,
 * `contentHash` to find a second copy of a text) and `documentTexts` (an added document's
 * canonical text and blocks, apart so that listing the library never reads whole texts).
 * Annotations are unchanged: a reader upgrading keeps every highlight and note.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      annotations: 'id, documentId, modified',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      annotations: 'id, documentId, modified',
      meta: 'key',
      documents: 'id, added, lastOpened, contentHash',
      documentTexts: 'id',
    },
    upgrade: rowsForAnnotatedDocuments,
  },
];

/**
 * v1 → v2: every document that has annotations gets its row in the library, opened last when
 * its annotations were last changed. In v1 that is the bundled article, whose metadata ships
 * with the app (`meta: null`).
 */
async function rowsForAnnotatedDocuments(tx: Transaction): Promise<void> {
  const lastChange = new Map<string, string>();
  await tx.table('annotations').each((row: { documentId: string; modified: string }) => {
    const seen = lastChange.get(row.documentId);
    if (seen === undefined || row.modified > seen) lastChange.set(row.documentId, row.modified);
  });
  await tx.table('documents').bulkAdd(
    [...lastChange].map(([id, lastOpened]) => ({
      id,
      meta: null,
      added: null,
      lastOpened,
      contentHash: null,
      deleted: null,
      hidden: false,
    })),
  );
}

/** The schema version this build of the app writes. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_HISTORY.at(-1)?.version ?? 0;

/** Declares every version of `history` on `db`, in order, with its upgrade function. */
export function declareSchema(db: Dexie, history: readonly SchemaVersion[] = SCHEMA_HISTORY): void {
  for (const step of history) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
