import type { Table, Transaction } from 'dexie';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { Block } from '../document/article-document';
import type { AnnotationRecord } from './annotation-record';
import type { QariDb } from './db';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import { contentHash } from './document-record';
import { StorageError, toStorageError } from './storage-error';
import type { TimelineEventRecord } from './timeline-event-record';

/** What storage needs of a replacement plan (`planTextReplacement` returns a superset). */
export interface TextReplacement {
  documentId: string;
  /** The text the plan was made against; the write is refused if the stored one differs. */
  oldText: string;
  text: string;
  blocks: readonly Block[];
  /** Annotations and timeline events (`kind`), each with its new and its previous target. */
  items: readonly {
    id: string;
    kind: 'annotation' | 'event';
    target: AnnotationTarget;
    previous: AnnotationTarget;
  }[];
}

const invalid = (detail: string) => new StorageError('invalid', detail);

function tables(db: QariDb) {
  return [db.documents, db.documentTexts, db.annotations, db.timelineEvents];
}

/** What moves with a text: annotations and timeline events, each a target by id. */
type Anchored = AnnotationRecord | TimelineEventRecord;
type AnchoredTable = Table<Anchored, string>;

function bind(trans: Transaction) {
  return {
    documents: trans.table<DocumentRecord, string>('documents'),
    texts: trans.table<DocumentTextRecord, string>('documentTexts'),
    annotations: trans.table<Anchored, string>('annotations'),
    events: trans.table<Anchored, string>('timelineEvents'),
  };
}

const sameTarget = (a: AnnotationTarget, b: AnnotationTarget) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Moves the records of `table` named by `moves` (id → new target) that belong to `documentId`
 * to their new target, `modified` set to `time`. Resolves with the targets they had, by id.
 */
async function moveTargets(
  table: AnchoredTable,
  documentId: string,
  moves: readonly { id: string; target: AnnotationTarget }[],
  time: string,
): Promise<Record<string, AnnotationTarget>> {
  const before: Record<string, AnnotationTarget> = {};
  const moved: Anchored[] = [];
  const records = await table.bulkGet(moves.map((item) => item.id));
  moves.forEach((item, i) => {
    const record = records[i];
    // A document-level note is about no passage: a new text leaves it as it is.
    if (record?.documentId !== documentId || record.target === null) return;
    before[item.id] = record.target;
    if (!sameTarget(record.target, item.target)) {
      moved.push({ ...record, target: item.target, modified: time });
    }
  });
  await table.bulkPut(moved);
  return before;
}

/**
 * Replaces an added document's canonical text in one transaction: the new text and blocks,
 * the old ones kept as `previous` (replacing any earlier `previous`: one level of undo), the
 * row's hash and `meta.modified`, and each annotation's and timeline event's stored target
 * moved to its new place (`modified` set, so a restore of an older backup does not move it
 * back). Unanchored ones keep their target: the timeline lists such an event as Unanchored. Rejects `invalid` when the document is absent, bundled, or its text is no
 * longer the one planned against; writes nothing then.
 */
export async function applyTextReplacement(
  db: QariDb,
  plan: TextReplacement,
  now: () => Date = () => new Date(),
): Promise<DocumentRecord> {
  try {
    return await db.transaction('rw', tables(db), async (trans) => {
      const { documents, texts, annotations, events } = bind(trans);
      const row = await documents.get(plan.documentId);
      const stored = await texts.get(plan.documentId);
      if (!row?.meta || !stored) throw invalid(`no added document ${plan.documentId}`);
      if (stored.text !== plan.oldText) throw invalid('the text changed since the plan');
      const time = now().toISOString();
      const of = (kind: 'annotation' | 'event') => plan.items.filter((i) => i.kind === kind);
      const targets = await moveTargets(annotations, plan.documentId, of('annotation'), time);
      const eventTargets = await moveTargets(events, plan.documentId, of('event'), time);
      await texts.put({
        id: plan.documentId,
        text: plan.text,
        blocks: [...plan.blocks],
        previous: {
          text: stored.text,
          blocks: stored.blocks,
          replaced: time,
          targets,
          eventTargets,
        },
      });
      const next: DocumentRecord = {
        ...row,
        meta: { ...row.meta, modified: time },
        contentHash: contentHash(plan.text),
      };
      await documents.put(next);
      return next;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Undoes the last replacement of a document's text in one transaction: the previous text and
 * blocks come back, and every annotation and timeline event re-anchored by it gets its earlier
 * target back (its note, tags, title and date as they are now). Resolves false, writing nothing, when there is nothing to
 * undo; rejects `invalid` when the document is absent or bundled.
 */
export async function undoTextReplacement(
  db: QariDb,
  documentId: string,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    return await db.transaction('rw', tables(db), async (trans) => {
      const { documents, texts, annotations, events } = bind(trans);
      const row = await documents.get(documentId);
      const stored = await texts.get(documentId);
      if (!row?.meta || !stored) throw invalid(`no added document ${documentId}`);
      const { previous } = stored;
      if (!previous) return false;
      const time = now().toISOString();
      const back = (targets: Record<string, AnnotationTarget> = {}) =>
        Object.entries(targets).map(([id, target]) => ({ id, target }));
      await moveTargets(annotations, documentId, back(previous.targets), time);
      await moveTargets(events, documentId, back(previous.eventTargets), time);
      await texts.put({ id: documentId, text: previous.text, blocks: previous.blocks });
      await documents.put({
        ...row,
        meta: { ...row.meta, modified: time },
        contentHash: contentHash(previous.text),
      });
      return true;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
