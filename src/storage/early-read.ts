import { byCreated, type AnnotationRecord } from './annotation-record';
import { DB_NAME } from './db-name';
import { CURRENT_SCHEMA_VERSION } from './schema-history';

/**
 * The one read the page starts before any of the app's code has loaded: the opened document's
 * annotations, with IndexedDB's own API (no Dexie), from the blocking script at the top of
 * `<head>` (`app/before-paint.ts`). With 20,000 stored annotations the browser spends about
 * 300 ms on that read in its own process, and now spends them while the page paints and the
 * app's scripts load, not after. The app takes the answer (`takeEarlyRead`) as its change
 * feed's first delivery, and the feed's own first read confirms it.
 */

/** The property of `globalThis` that carries the read from the script to the app. */
const HANDOFF = '__qariEarlyRead';

interface EarlyRead {
  documentId: string;
  records: Promise<AnnotationRecord[] | null>;
}

type Handoff = { [HANDOFF]?: EarlyRead };

/**
 * Starts reading document `documentId`'s annotations (live and trashed, oldest `created` first,
 * as the store lists them) from the app's database as this build's schema wrote it. Creates
 * nothing: when there is no database yet, or it has another version (an upgrade is Dexie's to
 * make), or anything fails, the read answers null and the app reads as it always did. Its
 * connection closes as soon as the read is done, so it never holds up another open. Never
 * throws.
 */
export function startEarlyRead(
  documentId: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): void {
  const records = new Promise<AnnotationRecord[] | null>((resolve) => {
    if (!factory) throw new Error('no IndexedDB');
    const request = factory.open(DB_NAME);
    // No database: aborting the upgrade that would create one leaves none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (db.version !== CURRENT_SCHEMA_VERSION * 10) throw new Error('another schema');
        const read = db
          .transaction('annotations', 'readonly')
          .objectStore('annotations')
          .index('documentId')
          .getAll(documentId);
        // In the store's order, so the feed's own first read can confirm it record by record.
        read.onsuccess = () => resolve((read.result as AnnotationRecord[]).sort(byCreated));
        read.onerror = () => resolve(null);
      } catch {
        resolve(null);
      }
      // Closes once the read's transaction is done.
      db.close();
    };
  }).catch(() => null);
  (globalThis as Handoff)[HANDOFF] = { documentId, records };
}

/**
 * The read {@link startEarlyRead} started for `documentId`, once: null when none was started,
 * it was for another document, or it was taken already (a later open reads afresh).
 */
export function takeEarlyRead(documentId: string): Promise<AnnotationRecord[] | null> | null {
  const handoff = globalThis as Handoff;
  const early = handoff[HANDOFF];
  delete handoff[HANDOFF];
  return early?.documentId === documentId ? early.records : null;
}
