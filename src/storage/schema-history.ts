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
 * Nothing to transform: annotations are unchanged (a reader upgrading keeps every highlight
 * and note), and the bundled article gets its row the first time it is opened or hidden.
 *
 * v3 adds a document's own timeline: `timelineEvents` (the events a reader accepted from the
 * proposals or added from a selection, anchored like annotations; index `documentId` to list a
 * document's, `modified` like annotations) and `dismissedProposals` (keyed by
 * `[documentId+proposalId]`, so a dismissal is kept once; index `documentId`). Nothing to
 * transform: every earlier table and row is kept as it is.
 *
 * Since v3, an annotation's `target` may be null (a note on the whole document). No version:
 * no index changed and every record stored before is still valid as it is.
 *
 * v4 indexes annotations by `created`, so the all-notes view reads the newest few (its first
 * screen) without reading the whole library first. Nothing to transform: IndexedDB builds the
 * index from the rows as they are.
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
  },
  {
    version: 3,
    stores: {
      annotations: 'id, documentId, modified',
      meta: 'key',
      documents: 'id, added, lastOpened, contentHash',
      documentTexts: 'id',
      timelineEvents: 'id, documentId, modified',
      dismissedProposals: '[documentId+proposalId], documentId',
    },
  },
  {
    version: 4,
    stores: {
      annotations: 'id, documentId, modified, created',
      meta: 'key',
      documents: 'id, added, lastOpened, contentHash',
      documentTexts: 'id',
      timelineEvents: 'id, documentId, modified',
      dismissedProposals: '[documentId+proposalId], documentId',
    },
  },
];

/** The schema version this build of the app writes. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_HISTORY.at(-1)?.version ?? 0;

/** Declares every version of `history` on `db`, in order, with its upgrade function. */
export function declareSchema(db: Dexie, history: readonly SchemaVersion[] = SCHEMA_HISTORY): void {
  for (const step of history) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
