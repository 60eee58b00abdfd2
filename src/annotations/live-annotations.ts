import type { AnnotationRecord } from '../storage/annotation-record';
import type { AnnotationStore, Unsubscribe } from '../storage/annotation-store';
import type { StorageError } from '../storage/storage-error';

/** One store's change feed of one document, shared by everyone who needs that list. */
interface Feed {
  /** What the feed last delivered; undefined until its first read has answered. */
  latest: AnnotationRecord[] | undefined;
  listeners: Set<(records: AnnotationRecord[]) => void>;
  waiting: { resolve: (records: AnnotationRecord[]) => void; reject: (e: StorageError) => void }[];
  users: number;
  stop: Unsubscribe;
  /** The store's own read has answered (see `seedAnnotations`). */
  answered: boolean;
  /** `latest` came from a read made before the store opened, which the feed's own confirms. */
  seeded: boolean;
}

/** Hands `records` to everyone waiting for or following the feed. */
function deliver(feed: Feed, records: AnnotationRecord[]): void {
  feed.latest = records;
  for (const { resolve } of feed.waiting.splice(0)) resolve(records);
  for (const listener of [...feed.listeners]) listener(records);
}

/**
 * True when two reads of a document's annotations (both oldest `created` first) hold the same
 * versions: every edit through the store stamps a later `modified` (`nextModified`), and a trash
 * or restore sets `deleted`, so equal ids and stamps mean nothing was written in between.
 */
function sameVersions(
  before: readonly AnnotationRecord[] | undefined,
  after: readonly AnnotationRecord[],
): boolean {
  if (!before || before.length !== after.length) return false;
  return before.every((a, i) => {
    const b = after[i] as AnnotationRecord;
    return a.id === b.id && a.modified === b.modified && a.deleted === b.deleted;
  });
}

const feeds = new WeakMap<AnnotationStore, Map<string, Feed>>();

function acquire(store: AnnotationStore, documentId: string): Feed {
  const byDocument = feeds.get(store) ?? new Map<string, Feed>();
  feeds.set(store, byDocument);
  let feed = byDocument.get(documentId);
  if (!feed) {
    const created: Feed = {
      latest: undefined,
      listeners: new Set(),
      waiting: [],
      users: 0,
      stop: () => {},
      answered: false,
      seeded: false,
    };
    created.stop = store.watch(
      documentId,
      (records) => {
        // The first read only confirms a seeded list that nothing has changed since.
        const confirms = created.seeded && !created.answered;
        created.answered = true;
        if (!confirms || !sameVersions(created.latest, records)) deliver(created, records);
      },
      (error) => {
        // A failed feed (the store closed under it) is dropped: the next user starts a new one.
        if (byDocument.get(documentId) === created) byDocument.delete(documentId);
        for (const { reject } of created.waiting.splice(0)) reject(error);
      },
    );
    feed = created;
    byDocument.set(documentId, feed);
  }
  feed.users += 1;
  return feed;
}

function release(store: AnnotationStore, documentId: string, feed: Feed): void {
  feed.users -= 1;
  // Kept a moment after its last user lets go: the cache's first read and the hook that keeps
  // the cache in step start in the same commit, whichever comes first.
  setTimeout(() => {
    if (feed.users > 0) return;
    feed.stop();
    const byDocument = feeds.get(store);
    if (byDocument?.get(documentId) === feed) byDocument.delete(documentId);
  }, 0);
}

/**
 * The document's annotations as the store's change feed last delivered them, waiting for its
 * first delivery when there is none yet. Never reads the store itself: the feed's read is the
 * only one, however many parts of the app ask. Rejects with the feed's StorageError.
 */
export async function currentAnnotations(
  store: AnnotationStore,
  documentId: string,
): Promise<AnnotationRecord[]> {
  const feed = acquire(store, documentId);
  try {
    if (feed.latest) return feed.latest;
    return await new Promise((resolve, reject) => feed.waiting.push({ resolve, reject }));
  } finally {
    release(store, documentId, feed);
  }
}

/**
 * Calls `onChange` with each list the document's feed delivers from now on: after every change,
 * from this tab or another (and its first read, if that has not answered yet). Returns the
 * unsubscribe.
 */
export function followAnnotations(
  store: AnnotationStore,
  documentId: string,
  onChange: (records: AnnotationRecord[]) => void,
): Unsubscribe {
  const feed = acquire(store, documentId);
  const listener = (records: AnnotationRecord[]) => onChange(records);
  feed.listeners.add(listener);
  let following = true;
  return () => {
    if (!following) return;
    following = false;
    feed.listeners.delete(listener);
    release(store, documentId, feed);
  };
}

/**
 * Gives the feed of `documentId` a list read before the store opened (`storage/early-read.ts`,
 * null when there was none): delivered as the feed's first list unless the store's own read has
 * answered already. That read then delivers only if the list changed in between.
 */
export function seedAnnotations(
  store: AnnotationStore,
  documentId: string,
  early: Promise<AnnotationRecord[] | null>,
): void {
  const feed = acquire(store, documentId);
  void early
    .then((records) => {
      if (records && !feed.answered && feed.latest === undefined) {
        feed.seeded = true;
        deliver(feed, records);
      }
    })
    .finally(() => release(store, documentId, feed));
}
