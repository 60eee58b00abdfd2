import type { OpenedStore } from '../storage/open-store';
import { takeEarlyRead } from '../storage/early-read';
import { followAnnotations, seedAnnotations } from './live-annotations';

/** How long the early read's feed is held for the app to take over (it shares the feed). */
const HOLD_MS = 10_000;

let early: Promise<OpenedStore> | null = null;
let started = false;
let blocked = false;
const onBlockedListeners = new Set<() => void>();

/**
 * Starts opening the store, and reading `documentId`'s annotations through its shared change
 * feed, before React hydrates the page. IndexedDB reads in the browser's own process, so with
 * thousands of stored annotations the read goes on while the main thread hydrates, instead of
 * starting after it. Call once, from the entry; later calls do nothing.
 * @param documentId the document the address opens, or null (the library)
 */
export function openStoreEarly(documentId: string | null): void {
  if (started) return;
  started = true;
  early = import('../storage/open-store').then(({ openStore }) =>
    openStore({
      onBlocked: () => {
        blocked = true;
        for (const listener of onBlockedListeners) listener();
      },
    }),
  );
  if (documentId === null) return;
  // The first answer with annotations also starts fetching the anchoring's code, which the
  // app would otherwise ask for only once React has taken that answer.
  const fetchAnchoring = (records: readonly unknown[]) => {
    if (records.length > 0) void import('./annotation-anchoring').catch(() => undefined);
  };
  // The page's first script has been reading the annotations since before the first paint.
  const read = takeEarlyRead(documentId);
  void read?.then((records) => records && fetchAnchoring(records));
  early.then(
    ({ store }) => {
      // That read was of the database; a store in memory (IndexedDB failed) starts empty.
      if (read && store.persistence === 'indexeddb') seedAnnotations(store, documentId, read);
      setTimeout(followAnnotations(store, documentId, fetchAnchoring), HOLD_MS);
    },
    () => undefined,
  );
}

/**
 * The store {@link openStoreEarly} started, for the first opener that asks (the app's store
 * provider); null when none was started or it is taken. `onBlocked` hears of an open that
 * waits for another tab, even one reported before this call.
 */
export function takeEarlyStore(onBlocked: () => void): Promise<OpenedStore> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  onBlockedListeners.add(onBlocked);
  if (blocked) onBlocked();
  return taken;
}
