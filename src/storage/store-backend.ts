import type { AnnotationRecord } from './annotation-record';
import type { Persistence, Unsubscribe } from './annotation-store';
import type { StorageError } from './storage-error';

/** Reads and writes inside one transaction. Records passed in and out are owned by the caller. */
export interface StoreTx {
  /** undefined when absent. */
  get(id: string): Promise<AnnotationRecord | undefined>;
  put(record: AnnotationRecord): Promise<void>;
  /** Many at once, in the order of `ids` (undefined where absent): one round trip, not one each. */
  getMany(ids: readonly string[]): Promise<(AnnotationRecord | undefined)[]>;
  /** Many at once: one round trip, not one each. */
  putMany(records: readonly AnnotationRecord[]): Promise<void>;
  remove(id: string): Promise<void>;
  listByDocument(documentId: string): Promise<AnnotationRecord[]>;
  /** Every live annotation (`deleted === null`) of every document, in no particular order. */
  listLive(): Promise<AnnotationRecord[]>;
  /** The `limit` live annotations with the latest `created` (any order among them). */
  listNewestLive(limit: number): Promise<AnnotationRecord[]>;
  /** undefined when absent. */
  getMeta(key: string): Promise<unknown>;
  putMeta(key: string, value: unknown): Promise<void>;
}

/**
 * What a storage engine provides to the repository (`repository.ts`), which holds every rule
 * (validation, last write wins, trash) once for all engines.
 */
export interface StoreBackend {
  readonly persistence: Persistence;
  /**
   * Runs `work` in one transaction: all of its writes land, or none do if it throws.
   * Rejects only with a StorageError.
   */
  transact<T>(mode: 'r' | 'rw', work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** See `AnnotationStore.watch`; the records may come in any order. */
  watch(
    documentId: string,
    onChange: (records: AnnotationRecord[]) => void,
    onError?: (error: StorageError) => void,
  ): Unsubscribe;
  /** See `AnnotationStore.onVersionChange`. */
  onVersionChange(listener: () => void): Unsubscribe;
  close(): void;
}
