import { liveQuery } from 'dexie';
import type { AnnotationRecord } from './annotation-record';
import type { AnnotationStore, Unsubscribe } from './annotation-store';
import type { QariDb } from './db';
import type { StorageError } from './storage-error';
import { toStorageError } from './storage-error';

/**
 * A document's change feed: `onChange` gets all its annotations once just after subscribing,
 * then again after every change, whoever made it (this store, another connection in this tab,
 * or another tab for IndexedDB; memory stores live in one tab). Returns the unsubscribe.
 */
export function watchAnnotations(
  store: AnnotationStore,
  documentId: string,
  onChange: (records: AnnotationRecord[]) => void,
  onError?: (error: StorageError) => void,
): Unsubscribe {
  return store.watch(documentId, onChange, onError);
}

/**
 * The IndexedDB side of {@link watchAnnotations}, on Dexie's `liveQuery`. liveQuery re-runs the
 * query when a write touches the document's `documentId` index range: writes through any Dexie
 * instance in this JS context arrive through Dexie's in-process event, writes from other tabs
 * through its BroadcastChannel (`x-storagemutated-1`). Its result is passed on, so that its read
 * is the only one: the app's cache takes the list from here instead of reading it again. A
 * closed database (version change, `close()`) just stops the feed.
 */
export function liveDocumentFeed(
  db: QariDb,
  documentId: string,
  onChange: (records: AnnotationRecord[]) => void,
  onError?: (error: StorageError) => void,
): Unsubscribe {
  const subscription = liveQuery(() =>
    db.annotations.where('documentId').equals(documentId).toArray(),
  ).subscribe({
    // The first result is the state when the subscription started: the caller's first read.
    next: (records) => onChange(records),
    error: (error: unknown) => onError?.(toStorageError(error)),
  });
  return () => subscription.unsubscribe();
}

/**
 * Calls `onChange` with each result of `query`, re-run by Dexie's `liveQuery` whenever a write
 * from any tab touches what it read. For stores loaded later (the timeline's): they get it from
 * here, so that Dexie stays in the store's chunk rather than being split out to share it.
 */
export function liveFeed(query: () => Promise<unknown>, onChange: () => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next: () => onChange(),
    // A closed database (version change, `close()`) just stops the feed.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** Per-document change listeners for stores without liveQuery (the memory store). */
export interface ChangeEmitter {
  /** Notifies, on a later task, the watchers of each document id given. */
  emit(documentIds: Iterable<string>): void;
  watch(documentId: string, onChange: () => void): Unsubscribe;
}

/** A new, empty {@link ChangeEmitter}. */
export function createChangeEmitter(): ChangeEmitter {
  const listeners = new Map<string, Set<() => void>>();
  return {
    emit(documentIds) {
      const due = [...new Set(documentIds)].flatMap((id) => {
        const set = listeners.get(id);
        return set ? [...set].map((listener) => ({ set, listener })) : [];
      });
      if (due.length === 0) return;
      // Asynchronous like liveQuery, so callers never see a callback before their write resolves;
      // a watcher that unsubscribed in between is skipped.
      setTimeout(() => {
        for (const { set, listener } of due) if (set.has(listener)) listener();
      }, 0);
    },
    watch(documentId, onChange) {
      const set = listeners.get(documentId) ?? new Set();
      listeners.set(documentId, set);
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const listener = () => onChange();
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(documentId) === set) listeners.delete(documentId);
      };
    },
  };
}
