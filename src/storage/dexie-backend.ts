import type { Transaction } from 'dexie';
import type { AnnotationRecord } from './annotation-record';
import type { AnnotationStore } from './annotation-store';
import { liveDocumentFeed } from './change-feed';
import type { MetaEntry, QariDb } from './db';
import type { RepositoryOptions } from './repository';
import { createRepository } from './repository';
import type { StoreBackend, StoreTx } from './store-backend';
import { StorageError, toStorageError } from './storage-error';

/** Operations bound to one Dexie transaction explicitly, not through Dexie's zone tracking. */
function bind(trans: Transaction): StoreTx {
  const annotations = trans.table<AnnotationRecord, string>('annotations');
  const meta = trans.table<MetaEntry, string>('meta');
  return {
    get: (id) => annotations.get(id),
    async put(record) {
      await annotations.put(record);
    },
    getMany: (ids) => annotations.bulkGet([...ids]),
    async putMany(records) {
      await annotations.bulkPut([...records]);
    },
    remove: (id) => annotations.delete(id),
    listByDocument: (documentId) => annotations.where('documentId').equals(documentId).toArray(),
    // One getAll, then the trashed (few; `deleted` has no index to skip them) left out here: a
    // Dexie filter would walk a cursor, a round trip per record (10,000 take ~3× as long).
    listLive: async () => (await annotations.toArray()).filter((record) => record.deleted === null),
    listNewestLive: (limit) =>
      annotations
        .orderBy('created')
        .reverse()
        .filter((record) => record.deleted === null)
        .limit(limit)
        .toArray(),
    getMeta: async (key) => (await meta.get(key))?.value,
    async putMeta(key, value) {
      await meta.put({ key, value });
    },
  };
}

function createDexieBackend(db: QariDb): StoreBackend {
  let versionChanged = false;
  const listeners = new Set<() => void>();

  db.on('versionchange', () => {
    versionChanged = true;
    // Close for good: Dexie's own handler closes but would reopen on the next call, and this
    // tab's code does not know the newer schema.
    db.close();
    for (const listener of [...listeners]) listener();
  });

  const outdated = (cause?: unknown) =>
    new StorageError('version-change', 'another tab opened a newer schema; reload', { cause });

  return {
    persistence: 'indexeddb',
    async transact(mode, work) {
      if (versionChanged) throw outdated();
      try {
        return await db.transaction(mode, db.annotations, db.meta, (trans) => work(bind(trans)));
      } catch (error) {
        const storageError = toStorageError(error);
        const interrupted = storageError.code === 'closed' || storageError.code === 'unknown';
        throw versionChanged && interrupted ? outdated(error) : storageError;
      }
    },
    watch: (documentId, onChange, onError) => liveDocumentFeed(db, documentId, onChange, onError),
    onVersionChange(listener) {
      const once = () => {
        listeners.delete(once);
        listener();
      };
      listeners.add(once);
      return () => {
        listeners.delete(once);
      };
    },
    close: () => db.close(),
  };
}

/**
 * A store on an IndexedDB database through Dexie. Does not open `db` (Dexie opens it on first
 * use); prefer `openStore`, which opens it and falls back to memory. Tests use this directly to
 * reach the Dexie instance (hooks, middleware, a second connection).
 */
export function createDexieStore(db: QariDb, options: RepositoryOptions = {}): AnnotationStore {
  return createRepository(createDexieBackend(db), options);
}
