import type { AnnotationRecord } from './annotation-record';
import type { StorageError } from './storage-error';

/** Where a store keeps its data: IndexedDB survives the tab, memory does not. */
export type Persistence = 'indexeddb' | 'memory';

/** Records to write in one all-or-nothing transaction. */
export interface ImportPlan {
  put: readonly AnnotationRecord[];
}

/** How a long import reports its progress and is cancelled. */
export interface ImportControl {
  /** Called after each chunk is written (inside the transaction: not yet committed). */
  onProgress?: (progress: { done: number; total: number }) => void;
  /**
   * Aborting it before the commit rolls the whole import back: nothing is written, and the
   * call rejects (code `unknown`, the signal's reason as `cause`; the caller knows it asked).
   */
  signal?: AbortSignal;
}

/**
 * What an import did: one id per record of the plan, in plan order, either written or kept
 * (skipped because the stored copy was modified later).
 */
export interface ImportOutcome {
  written: string[];
  kept: string[];
}

/** Stops a subscription; calling it twice is harmless. */
export type Unsubscribe = () => void;

/**
 * The repository every feature uses. All methods are async and reject only with a
 * `StorageError` (see `storage-error.ts`). Records returned are copies: mutating them changes
 * nothing stored.
 */
export interface AnnotationStore {
  readonly persistence: Persistence;
  /** All of a document's annotations, live and trashed (`deleted !== null`), oldest `created` first. */
  listAnnotations(documentId: string): Promise<AnnotationRecord[]>;
  /**
   * Every live annotation of every document (the all-notes view), in one read, newest
   * `created` first. Includes those of documents in the Trash: the caller knows the library.
   */
  listLiveAnnotations(): Promise<AnnotationRecord[]>;
  /**
   * The `limit` newest live annotations of every document, newest `created` first: what the
   * all-notes view's first screen shows while `listLiveAnnotations` reads the rest. Walks the
   * `created` index from its end, so it costs `limit` records, not the library.
   */
  listNewestLiveAnnotations(limit: number): Promise<AnnotationRecord[]>;
  /** One annotation, live or trashed; null when there is none with that id. */
  getAnnotation(id: string): Promise<AnnotationRecord | null>;
  /**
   * Creates or updates after validating (`note-too-long`, `invalid`) and normalising (tags
   * trimmed, NFC, deduplicated; id lower-cased). A record whose `modified` is older than the
   * stored one's is not written. Resolves with what is stored afterwards.
   */
  saveAnnotation(record: AnnotationRecord): Promise<AnnotationRecord>;
  /** Moves to the trash (sets `deleted` and `modified`); null when absent; a no-op when already trashed. */
  deleteAnnotation(id: string): Promise<AnnotationRecord | null>;
  /** Takes out of the trash (`deleted: null`, new `modified`); null when absent; a no-op when live. */
  restoreAnnotation(id: string): Promise<AnnotationRecord | null>;
  /** Removes a trashed annotation for good; false when absent; rejects `invalid` when it is live. */
  purgeAnnotation(id: string): Promise<boolean>;
  /**
   * Validates and writes every record in one transaction (later `modified` wins per id), or
   * none: a bad record, a full disk, a cancel or a closed tab leave the store as it was. Works
   * in chunks inside that transaction, so the page stays responsive and can show `control`'s
   * progress.
   */
  applyImport(plan: ImportPlan, control?: ImportControl): Promise<ImportOutcome>;
  /** A meta value if present and accepted by `guard`; otherwise null. */
  getMeta<T>(key: string, guard: (value: unknown) => value is T): Promise<T | null>;
  /** Stores a structured-cloneable meta value (`invalid` when it cannot be cloned). */
  setMeta(key: string, value: unknown): Promise<void>;
  /**
   * The document's change feed: calls `onChange` with all of its annotations (as
   * `listAnnotations` gives them) once right after subscribing, then after every change made
   * here or by another connection or tab. The feed does the reading, so a watcher needs no
   * read of its own: subscribing is the one read at start-up.
   */
  watch(
    documentId: string,
    onChange: (records: AnnotationRecord[]) => void,
    onError?: (error: StorageError) => void,
  ): Unsubscribe;
  /**
   * Calls `listener` once when another tab opens a newer schema. The store has then closed
   * itself so that tab is not blocked; every later call rejects with `version-change`.
   */
  onVersionChange(listener: () => void): Unsubscribe;
  /** Closes the connection; later calls reject with `closed`. */
  close(): void;
}
