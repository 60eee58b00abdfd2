import type { AnnotationStore } from './annotation-store';
import { liveFeed } from './change-feed';
import { DB_NAME, QariDb } from './db';
import type { IndexedDbDeps } from './db';
import { createDexieStore } from './dexie-backend';
import type { DocumentRepositoryOptions } from './document-repository';
import type { DocumentStore } from './document-store';
import { createMemoryStore } from './memory-backend';
import type { RepositoryOptions } from './repository';
import { CURRENT_SCHEMA_VERSION } from './schema-history';
import type { StorageErrorCode } from './storage-error';
import type { TimelineStore } from './timeline-store';
import { StorageError, toStorageError } from './storage-error';
import { normalizeAnnotation } from './validate-annotation';

/** Options for {@link openStore}. */
export interface OpenStoreOptions extends RepositoryOptions {
  /** Database name; `qari` by default. */
  name?: string;
  /** IndexedDB to use; the page's own by default. null forces the memory store. */
  deps?: IndexedDbDeps | null;
  /**
   * Called when the open waits for another tab that holds an older version open and does not
   * let go. The open completes once that tab closes or reloads.
   */
  onBlocked?: () => void;
}

/** How the library's store is made on each engine; see `document-store-makers.ts`. */
export interface DocumentStoreMakers {
  /**
   * `normalizeAnnotation` is the annotation validator, passed from here so the library's code
   * (imports, restores, replaced texts) shares it without a first-visit chunk of its own.
   */
  onDatabase: (db: QariDb, options: DocumentRepositoryOptions) => DocumentStore;
  inMemory: (
    options: DocumentRepositoryOptions & { annotations: AnnotationStore },
  ) => DocumentStore;
}

/** How the timeline's store is made on each engine; see `timeline-store-makers.ts`. */
export interface TimelineStoreMakers {
  onDatabase: (db: QariDb, options: RepositoryOptions, live: typeof liveFeed) => TimelineStore;
  inMemory: (options: RepositoryOptions) => TimelineStore;
}

/** Why a store is in memory: no usable IndexedDB, or no space left to open it. */
export type FallbackReason = Extract<StorageErrorCode, 'unavailable' | 'quota-exceeded'>;

/** An opened store, and why it is in memory when it is (null when on IndexedDB). */
export interface OpenedStore {
  store: AnnotationStore;
  /**
   * The library on the same database (or memory) as `store`, made with `makers` (from
   * `document-store-makers.ts`, loaded by the caller so that a visit that never touches the
   * library does not fetch its code). Always the same instance. Optional so that an opener made
   * for annotations alone (tests) still fits; `openStore` always gives it.
   */
  openDocuments?: (makers: DocumentStoreMakers) => DocumentStore;
  /** A document's own timeline on the same database (or memory), as `openDocuments`. */
  openTimeline?: (makers: TimelineStoreMakers) => TimelineStore;
  fallbackReason: FallbackReason | null;
  /**
   * True when this open created the database, or the store is in memory: nothing in it is older
   * than this page, so there is no backup to remind of yet. Absent (openers made for tests): false.
   */
  fresh?: boolean;
}

/** `make` run on the first call only; every call gets that first call's result. */
function once<A, T>(make: (arg: A) => T): (arg: A) => T {
  let made: { value: T } | null = null;
  return (arg) => (made ??= { value: make(arg) }).value;
}

/** The page's IndexedDB, or null where it is missing or touching it throws (blocked storage). */
function pageDeps(): IndexedDbDeps | null {
  try {
    const { indexedDB, IDBKeyRange } = globalThis;
    return indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : null;
  } catch {
    return null;
  }
}

function inMemory(cause: StorageErrorCode, options: RepositoryOptions): OpenedStore {
  const reason = cause === 'quota-exceeded' ? cause : 'unavailable';
  const store = createMemoryStore(options);
  const openDocuments = once((makers: DocumentStoreMakers) =>
    makers.inMemory({ ...options, normalizeAnnotation, annotations: store }),
  );
  const openTimeline = once((makers: TimelineStoreMakers) => makers.inMemory(options));
  return { store, openDocuments, openTimeline, fallbackReason: reason, fresh: true };
}

/**
 * Opens the annotation store on IndexedDB, or, when IndexedDB is missing, forbidden or fails to
 * open, on memory (`store.persistence === 'memory'`: the UI warns that notes go with the tab).
 * Rejects with StorageError `version-change` only, when the database on disk is newer than
 * this code (another tab runs a newer build; reload to update): falling back to an empty
 * memory store would look like lost notes.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const deps = options.deps === undefined ? pageDeps() : options.deps;
  if (!deps) return inMemory('unavailable', options);
  let db: QariDb;
  try {
    db = new QariDb({ name: options.name ?? DB_NAME, deps });
  } catch (error) {
    return inMemory(toStorageError(error).code, options);
  }
  const { onBlocked } = options;
  if (onBlocked) db.on('blocked', () => onBlocked());
  let created = false;
  db.on('populate', () => {
    created = true;
  });
  try {
    await db.open();
  } catch (error) {
    db.close();
    const storageError = toStorageError(error);
    if (storageError.code === 'version-change') throw storageError;
    return inMemory(storageError.code, options);
  }
  // Dexie opens a newer database at its own version rather than fail; this code would then
  // write records in an old shape into a newer schema.
  const onDisk = db.backendDB().version / 10;
  if (onDisk > CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new StorageError(
      'version-change',
      `database v${onDisk} > code v${CURRENT_SCHEMA_VERSION}`,
    );
  }
  return {
    store: createDexieStore(db, options),
    openDocuments: once((makers: DocumentStoreMakers) =>
      makers.onDatabase(db, { ...options, normalizeAnnotation }),
    ),
    openTimeline: once((makers: TimelineStoreMakers) => makers.onDatabase(db, options, liveFeed)),
    fallbackReason: null,
    fresh: created,
  };
}
