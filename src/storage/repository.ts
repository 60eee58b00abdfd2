import { byCreated, type AnnotationRecord } from './annotation-record';
import type { AnnotationStore, ImportControl, ImportOutcome, ImportPlan } from './annotation-store';
import { nextModified, shouldReplace } from './last-write-wins';
import type { StoreBackend } from './store-backend';
import { StorageError } from './storage-error';
import { normalizeAnnotation } from './validate-annotation';

/** Options shared by every store. */
export interface RepositoryOptions {
  /** The clock used to stamp deletes and restores; tests pass a fixed one. */
  now?: () => Date;
}

/** Newest `created` first, ties by id from the end: the order of the `created` index walked back. */
export function byNewest(a: AnnotationRecord, b: AnnotationRecord): number {
  return -byCreated(a, b);
}

/**
 * Records an import writes per round trip. Each chunk is one short task on the page (clone and
 * compare), and the page paints and takes clicks between chunks while the transaction stays open.
 */
export const IMPORT_CHUNK = 500;

function normalizeAt(record: AnnotationRecord, index: number): AnnotationRecord {
  try {
    return normalizeAnnotation(record);
  } catch (error) {
    if (error instanceof StorageError) {
      throw new StorageError(error.code, `import.put[${index}]: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The repository over any backend: validation, "later `modified` wins", soft delete and
 * all-or-nothing import live here, so the IndexedDB and memory stores behave the same.
 */
export function createRepository(
  backend: StoreBackend,
  options: RepositoryOptions = {},
): AnnotationStore {
  const now = options.now ?? (() => new Date());

  async function setDeleted(id: string, trash: boolean): Promise<AnnotationRecord | null> {
    return backend.transact('rw', async (tx) => {
      const stored = await tx.get(id);
      if (!stored || (stored.deleted !== null) === trash) return stored ?? null;
      const modified = nextModified(stored.modified, now());
      const next = { ...stored, modified, deleted: trash ? modified : null };
      await tx.put(next);
      return next;
    });
  }

  return {
    persistence: backend.persistence,

    listAnnotations: async (documentId) =>
      (await backend.transact('r', (tx) => tx.listByDocument(documentId))).sort(byCreated),

    listLiveAnnotations: async () =>
      (await backend.transact('r', (tx) => tx.listLive())).sort(byNewest),

    listNewestLiveAnnotations: async (limit) =>
      limit > 0
        ? (await backend.transact('r', (tx) => tx.listNewestLive(limit))).sort(byNewest)
        : [],

    getAnnotation: async (id) => (await backend.transact('r', (tx) => tx.get(id))) ?? null,

    async saveAnnotation(record) {
      // Validation throws before any transaction starts, so a bad record never half-writes.
      const clean = normalizeAnnotation(record);
      return backend.transact('rw', async (tx) => {
        const stored = await tx.get(clean.id);
        if (stored && !shouldReplace(stored, clean)) return stored;
        await tx.put(clean);
        return clean;
      });
    },

    deleteAnnotation: (id) => setDeleted(id, true),

    restoreAnnotation: (id) => setDeleted(id, false),

    purgeAnnotation: (id) =>
      backend.transact('rw', async (tx) => {
        const stored = await tx.get(id);
        if (!stored) return false;
        if (stored.deleted === null)
          throw new StorageError('invalid', 'purge of a live annotation');
        await tx.remove(id);
        return true;
      }),

    async applyImport(plan: ImportPlan, control: ImportControl = {}): Promise<ImportOutcome> {
      const { put } = plan;
      if (!Array.isArray(put)) throw new StorageError('invalid', 'import.put');
      const { signal, onProgress } = control;
      const cancelled = () =>
        new StorageError('unknown', 'import cancelled', { cause: signal?.reason });
      // Checked before the transaction too: a cancelled import must not even open one.
      if (signal?.aborted) throw cancelled();
      return backend.transact('rw', async (tx) => {
        const outcome: ImportOutcome = { written: [], kept: [] };
        // What this import wrote, by id: a later copy of the same id is compared with it.
        const written = new Map<string, AnnotationRecord>();
        for (let from = 0; from < put.length; from += IMPORT_CHUNK) {
          // Throwing inside the transaction aborts it: what earlier chunks wrote is undone.
          if (signal?.aborted) throw cancelled();
          // Validated chunk by chunk, inside the transaction: a bad record still writes nothing.
          const chunk = put
            .slice(from, from + IMPORT_CHUNK)
            .map((record, i) => normalizeAt(record, from + i));
          const stored = await tx.getMany(chunk.map((r) => r.id));
          chunk.forEach((record, i) => {
            if (shouldReplace(written.get(record.id) ?? stored[i], record)) {
              written.set(record.id, record);
              outcome.written.push(record.id);
            } else outcome.kept.push(record.id);
          });
          // A repeated id within the chunk is put twice, in order: the last one put stays.
          await tx.putMany(chunk.filter((record) => written.get(record.id) === record));
          onProgress?.({ done: Math.min(put.length, from + IMPORT_CHUNK), total: put.length });
        }
        return outcome;
      });
    },

    async getMeta<T>(key: string, guard: (value: unknown) => value is T): Promise<T | null> {
      const value = await backend.transact('r', (tx) => tx.getMeta(key));
      return guard(value) ? value : null;
    },

    setMeta: (key, value) => backend.transact('rw', (tx) => tx.putMeta(key, value)),

    watch: (documentId, onChange, onError) =>
      // A copy: the feed's array may be frozen (Dexie's immutable cache).
      backend.watch(documentId, (records) => onChange([...records].sort(byCreated)), onError),

    onVersionChange: (listener) => backend.onVersionChange(listener),

    close: () => backend.close(),
  };
}
