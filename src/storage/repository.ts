import type { AnnotationRecord } from './annotation-record';
import type { AnnotationStore, ImportOutcome, ImportPlan } from './annotation-store';
import { nextModified, shouldReplace } from './last-write-wins';
import type { StoreBackend } from './store-backend';
import { StorageError } from './storage-error';
import { normalizeAnnotation } from './validate-annotation';

/** Options shared by every store. */
export interface RepositoryOptions {
  /** The clock used to stamp deletes and restores; tests pass a fixed one. */
  now?: () => Date;
}

function byCreated(a: AnnotationRecord, b: AnnotationRecord): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function normalizeAll(records: readonly AnnotationRecord[]): AnnotationRecord[] {
  if (!Array.isArray(records)) throw new StorageError('invalid', 'import.put');
  return records.map((record, index) => {
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
  });
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

    async applyImport(plan: ImportPlan): Promise<ImportOutcome> {
      const records = normalizeAll(plan.put);
      return backend.transact('rw', async (tx) => {
        const outcome: ImportOutcome = { written: [], kept: [] };
        for (const record of records) {
          const stored = await tx.get(record.id);
          if (stored && !shouldReplace(stored, record)) {
            outcome.kept.push(record.id);
          } else {
            await tx.put(record);
            outcome.written.push(record.id);
          }
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
