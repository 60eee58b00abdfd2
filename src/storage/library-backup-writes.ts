import type { Block, DocumentMeta } from '../document/article-document';
import type { AnnotationRecord } from './annotation-record';
import type { QariDb } from './db';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import { contentHash } from './document-record';
import { StorageError, toStorageError } from './storage-error';
import type { DismissedProposal, TimelineEventRecord } from './timeline-event-record';
import { normalizeTimelineEvent } from './timeline-event-record';

/** The whole library in one read: every row with its text, annotation, event and dismissal. */
export interface LibraryRead {
  documents: { row: DocumentRecord; text: string | null; blocks: Block[] | null }[];
  annotations: AnnotationRecord[];
  events: TimelineEventRecord[];
  dismissed: DismissedProposal[];
}

/** Every table a backup reads and a restore writes. */
const libraryTables = (db: QariDb) => [
  db.documents,
  db.documentTexts,
  db.annotations,
  db.timelineEvents,
  db.dismissedProposals,
];

/** Reads every table of the library in one transaction (a consistent snapshot). */
export async function readLibrary(db: QariDb): Promise<LibraryRead> {
  try {
    return await db.transaction('r', libraryTables(db), async () => {
      const rows = await db.documents.toArray();
      const texts = new Map((await db.documentTexts.toArray()).map((t) => [t.id, t]));
      return {
        documents: rows.map((row) => {
          const text = texts.get(row.id);
          return { row, text: text?.text ?? null, blocks: text?.blocks ?? null };
        }),
        annotations: await db.annotations.toArray(),
        events: await db.timelineEvents.toArray(),
        dismissed: await db.dismissedProposals.toArray(),
      };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** When a library row last changed as a backup sees it: added, edited, sent to the Trash. */
export function documentChangeTimes(row: DocumentRecord): string[] {
  return [row.added, row.meta?.modified ?? null, row.deleted].filter((t) => t !== null);
}

/**
 * The times of the library's changes after `since` (every change when null), for the backup
 * reminder, in one read: of annotations and timeline events only the oldest and the newest
 * (through their `modified` index, so 20,000 notes cost two lookups), of documents (added,
 * edited, trashed) and dismissed proposals every one (a few hundred at most). Resolves with
 * ISO times in no order; empty when nothing changed. A record purged for good leaves no time.
 */
export async function readChangesSince(db: QariDb, since: string | null): Promise<string[]> {
  try {
    return await db.transaction('r', libraryTables(db), async () => {
      // Index keys only (the `modified` values), never the records: two key lookups a table.
      const ends = async (table: typeof db.annotations | typeof db.timelineEvents) => {
        const range = () =>
          since === null ? table.orderBy('modified') : table.where('modified').above(since);
        const [first, last] = await Promise.all([
          range().limit(1).keys(),
          range().reverse().limit(1).keys(),
        ]);
        return [...first, ...last].map(String);
      };
      const times = [
        ...(await ends(db.annotations)),
        ...(await ends(db.timelineEvents)),
        ...(await db.documents.toArray()).flatMap(documentChangeTimes),
        ...(await db.dismissedProposals.toArray()).map((d) => d.dismissed),
      ];
      return times.filter((t) => since === null || t > since);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A document as a restore writes it (a backup's entry; its hash is computed here). */
export interface RestoredDocument {
  id: string;
  meta: DocumentMeta | null;
  added: string | null;
  lastOpened: string | null;
  deleted: string | null;
  hidden: boolean;
  text: string | null;
  blocks: Block[] | null;
}

/** What storage needs of a restore plan (`planRestore` returns a superset). */
export interface RestoreWrites {
  documents: { add: readonly RestoredDocument[]; update: readonly RestoredDocument[] };
  annotations: { add: readonly AnnotationRecord[]; update: readonly AnnotationRecord[] };
  events: { add: readonly TimelineEventRecord[]; update: readonly TimelineEventRecord[] };
  /** Dismissals not stored yet (one already stored is left as it is). */
  dismissed: readonly DismissedProposal[];
}

/** Validates and normalises a stored annotation, or throws `invalid` (`normalizeAnnotation`). */
export type AnnotationNormalizer = (input: unknown) => AnnotationRecord;

/** How a restore reports its progress and is cancelled (as an import's `ImportControl`). */
export interface RestoreControl {
  /** Called after each document and each chunk of annotations (inside the transaction). */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Aborting it before the commit rolls the whole restore back; the call then rejects. */
  signal?: AbortSignal;
}

/** Annotations written per step, between progress reports and cancel checks. */
const RESTORE_CHUNK = 500;

/** How many rows a restore wrote. */
export interface RestoreOutcome {
  documents: number;
  annotations: number;
  events: number;
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || a > b ? a : b;

/**
 * Writes a restore plan in ONE transaction: all of it or, if anything fails (a malformed
 * record: `invalid`; a full disk: `quota-exceeded`), none of it. Newer wins again inside the
 * transaction, so an edit made between planning and applying is kept: a document is written
 * when absent or when its metadata's `modified` is later than the stored one's, an annotation
 * when absent or when its `modified` is later, a timeline event likewise, a dismissal when
 * absent. A document whose text changes keeps the text it
 * had as `previous` (undo, as after a replacement). `lastOpened` keeps the later of the two.
 * Each annotation goes through `normalize` (`normalizeAnnotation`; given, not imported, so that
 * this lazily loaded code does not split the validator off the store's chunk), each event
 * through `normalizeTimelineEvent`. `control` reports progress in rows (documents, then
 * annotations, then events) and cancels: an abort
 * before the commit rejects (code `unknown`, the signal's reason as `cause`) and writes nothing.
 */
export async function applyRestore(
  db: QariDb,
  plan: RestoreWrites,
  normalize: AnnotationNormalizer,
  control: RestoreControl = {},
): Promise<RestoreOutcome> {
  const { signal, onProgress } = control;
  const docs = [...plan.documents.add, ...plan.documents.update];
  const eventRows = [...plan.events.add, ...plan.events.update];
  const total =
    docs.length + plan.annotations.add.length + plan.annotations.update.length + eventRows.length;
  const cancelled = () =>
    new StorageError('unknown', 'restore cancelled', { cause: signal?.reason });
  try {
    // Checked before the transaction too: a cancelled restore must not even open one.
    if (signal?.aborted) throw cancelled();
    const records = [...plan.annotations.add, ...plan.annotations.update].map(normalize);
    const events = eventRows.map(normalizeTimelineEvent);
    return await db.transaction('rw', libraryTables(db), async (trans) => {
      const documents = trans.table<DocumentRecord, string>('documents');
      const texts = trans.table<DocumentTextRecord, string>('documentTexts');
      const annotations = trans.table<AnnotationRecord, string>('annotations');
      let written = 0;
      let done = 0;
      for (const doc of docs) {
        // Throwing inside the transaction aborts it: what was written so far is undone.
        if (signal?.aborted) throw cancelled();
        const here = await documents.get(doc.id);
        done += 1;
        if (here && !(doc.meta && (!here.meta || doc.meta.modified > here.meta.modified))) {
          continue;
        }
        await documents.put(rowOf(doc, here));
        if (doc.meta) await texts.put(textOf(doc, await texts.get(doc.id)));
        written += 1;
        onProgress?.({ done, total });
      }
      let newer = 0;
      for (let from = 0; from < records.length; from += RESTORE_CHUNK) {
        if (signal?.aborted) throw cancelled();
        const chunk = records.slice(from, from + RESTORE_CHUNK);
        const stored = await annotations.bulkGet(chunk.map((r) => r.id));
        const put = chunk.filter((r, i) => {
          const have = stored[i];
          return have === undefined || r.modified > have.modified;
        });
        await annotations.bulkPut(put);
        newer += put.length;
        done += chunk.length;
        onProgress?.({ done, total });
      }
      if (signal?.aborted) throw cancelled();
      const eventTable = trans.table<TimelineEventRecord, string>('timelineEvents');
      const storedEvents = await eventTable.bulkGet(events.map((e) => e.id));
      const newerEvents = events.filter((e, i) => {
        const have = storedEvents[i];
        return have === undefined || e.modified > have.modified;
      });
      await eventTable.bulkPut(newerEvents);
      done += events.length;
      if (events.length > 0) onProgress?.({ done, total });
      const dismissals = trans.table<DismissedProposal, [string, string]>('dismissedProposals');
      const storedDismissals = await dismissals.bulkGet(
        plan.dismissed.map((d): [string, string] => [d.documentId, d.proposalId]),
      );
      await dismissals.bulkPut(plan.dismissed.filter((_, i) => !storedDismissals[i]));
      if (signal?.aborted) throw cancelled();
      return { documents: written, annotations: newer, events: newerEvents.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

function rowOf(doc: RestoredDocument, here: DocumentRecord | undefined): DocumentRecord {
  if (doc.meta && (doc.text === null || doc.blocks === null || doc.meta.id !== doc.id)) {
    throw new StorageError('invalid', `document ${doc.id} without its text`);
  }
  return {
    id: doc.id,
    meta: doc.meta,
    added: doc.added,
    lastOpened: later(doc.lastOpened, here?.lastOpened ?? null),
    contentHash: doc.meta && doc.text !== null ? contentHash(doc.text) : null,
    deleted: doc.deleted,
    hidden: doc.hidden,
  };
}

function textOf(doc: RestoredDocument, here: DocumentTextRecord | undefined): DocumentTextRecord {
  const text = doc.text ?? '';
  const blocks = doc.blocks ?? [];
  if (!here || here.text === text) {
    return { id: doc.id, text, blocks, ...(here?.previous ? { previous: here.previous } : {}) };
  }
  const replaced = doc.meta?.modified ?? new Date(0).toISOString();
  return {
    id: doc.id,
    text,
    blocks,
    previous: { text: here.text, blocks: here.blocks, replaced, targets: {} },
  };
}
