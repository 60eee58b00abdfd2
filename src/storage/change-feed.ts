import { liveQuery } from 'dexie';
import type { AnnotationStore, Unsubscribe } from './annotation-store';
import type { QariDb } from './db';
import type { StorageError } from './storage-error';
import { toStorageError } from './storage-error';

/**
 * Calls `onChange()` after every change to a document's annotations, whoever made it: this
 * store, another connection in this tab, or another tab (IndexedDB store only; memory stores
 * live in one tab). The IndexedDB store also calls it once just after subscribing, so treat a
 * call as "read again", never count them. Returns the unsubscribe.
 */
export function watchAnnotations(
  store: AnnotationStore,
  documentId: string,
  onChange: () => void,
  onError?: (error: StorageError) => void,
): Unsubscribe {
  return store.watch(documentId, onChange, onError);
}

/**
 * The IndexedDB side of {@link watchAnnotations}, on Dexie's `liveQuery`. liveQuery re-runs the
 * query when a write touches the document's `documentId` index range: writes through any Dexie
 * instance in this JS context arrive through Dexie's in-process event, writes from other tabs
 * through its BroadcastChannel (`x-storagemutated-1`). A closed database (version change,
 * `close()`) just stops the feed.
 */
export function liveDocumentFeed(
  db: QariDb,
  documentId: string,
  onChange: () => void,
  onError?: (error: StorageError) => void,
): Unsubscribe {
  const subscription = liveQuery(() =>
    db.annotations.where('documentId').equals(documentId).toArray(),
  ).subscribe({
    // The first result is the state when the subscription started. It is reported too: a write
    // that lands between a caller's read and this subscription would otherwise go unseen.
    next: () => onChange(),
    error: (error: unknown) => onError?.(toStorageError(error)),
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
