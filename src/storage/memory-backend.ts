import type { AnnotationRecord } from './annotation-record';
import type { AnnotationStore } from './annotation-store';
import { createChangeEmitter } from './change-feed';
import type { RepositoryOptions } from './repository';
import { byNewest, createRepository } from './repository';
import type { StoreBackend, StoreTx } from './store-backend';
import { StorageError, toStorageError } from './storage-error';

/** Absent from `staged` means unchanged; null means removed in this transaction. */
type Staged<T> = Map<string, T | null>;

function read<T>(staged: Staged<T>, base: Map<string, T>, key: string): T | undefined {
  const value = staged.has(key) ? staged.get(key) : base.get(key);
  return value === null || value === undefined ? undefined : structuredClone(value);
}

function commit<T>(staged: Staged<T>, base: Map<string, T>): void {
  for (const [key, value] of staged) {
    if (value === null) base.delete(key);
    else base.set(key, value);
  }
}

function createMemoryBackend(): StoreBackend {
  const annotations = new Map<string, AnnotationRecord>();
  const meta = new Map<string, unknown>();
  const emitter = createChangeEmitter();
  // One transaction at a time, like IndexedDB's readwrite transactions over the same stores.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function run<T>(mode: 'r' | 'rw', work: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (closed) throw new StorageError('closed', 'memory store closed');
    const staged: Staged<AnnotationRecord> = new Map();
    const stagedMeta: Staged<unknown> = new Map();
    const touched = new Set<string>();
    const writable = () => {
      if (mode !== 'rw') throw new StorageError('unknown', 'write in a read-only transaction');
    };
    const put = (record: AnnotationRecord) => {
      writable();
      const previous = read(staged, annotations, record.id);
      if (previous) touched.add(previous.documentId);
      touched.add(record.documentId);
      // Cloning stores a snapshot, and throws DataCloneError where IndexedDB would.
      staged.set(record.id, structuredClone(record));
    };
    const tx: StoreTx = {
      get: async (id) => read(staged, annotations, id),
      put: async (record) => put(record),
      getMany: async (ids) => ids.map((id) => read(staged, annotations, id)),
      async putMany(records) {
        for (const record of records) put(record);
      },
      async remove(id) {
        writable();
        const previous = read(staged, annotations, id);
        if (previous) touched.add(previous.documentId);
        staged.set(id, null);
      },
      async listByDocument(documentId) {
        const ids = new Set([...annotations.keys(), ...staged.keys()]);
        return [...ids]
          .map((id) => read(staged, annotations, id))
          .filter((record): record is AnnotationRecord => record?.documentId === documentId);
      },
      async listLive() {
        const ids = new Set([...annotations.keys(), ...staged.keys()]);
        return [...ids]
          .map((id) => read(staged, annotations, id))
          .filter((record): record is AnnotationRecord => record?.deleted === null);
      },
      listNewestLive: async (limit) => (await tx.listLive()).sort(byNewest).slice(0, limit),
      getMeta: async (key) => read(stagedMeta, meta, key),
      async putMeta(key, value) {
        writable();
        stagedMeta.set(key, structuredClone(value));
      },
    };
    const result = await work(tx);
    commit(staged, annotations);
    commit(stagedMeta, meta);
    emitter.emit(touched);
    return result;
  }

  return {
    persistence: 'memory',
    transact(mode, work) {
      const result = queue.then(() => run(mode, work));
      queue = result.catch(() => undefined);
      return result.catch((error: unknown) => {
        throw toStorageError(error);
      });
    },
    // Like liveQuery: the list now (on a later task), then the list after each change.
    watch(documentId, onChange) {
      const list = () =>
        [...annotations.values()]
          .filter((record) => record.documentId === documentId)
          .map((record) => structuredClone(record));
      const stop = emitter.watch(documentId, () => onChange(list()));
      let watching = true;
      setTimeout(() => watching && onChange(list()), 0);
      return () => {
        watching = false;
        stop();
      };
    },
    // One tab only: no other tab can upgrade a memory store.
    onVersionChange: () => () => undefined,
    close() {
      closed = true;
    },
  };
}

/**
 * A store that keeps everything in this tab's memory, for when IndexedDB is unavailable. Same
 * behaviour as the IndexedDB store (validation, transactions, change feed); nothing survives
 * the tab.
 */
export function createMemoryStore(options: RepositoryOptions = {}): AnnotationStore {
  return createRepository(createMemoryBackend(), options);
}
