import type { Transaction } from 'dexie';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { Block } from '../document/article-document';
import type { AnnotationRecord } from './annotation-record';
import type { QariDb } from './db';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import { contentHash } from './document-record';
import { StorageError, toStorageError } from './storage-error';

/** What storage needs of a replacement plan (`planTextReplacement` returns a superset). */
export interface TextReplacement {
  documentId: string;
  /** The text the plan was made against; the write is refused if the stored one differs. */
  oldText: string;
  text: string;
  blocks: readonly Block[];
  items: readonly { id: string; target: AnnotationTarget; previous: AnnotationTarget }[];
}

const invalid = (detail: string) => new StorageError('invalid', detail);

function tables(db: QariDb) {
  return [db.documents, db.documentTexts, db.annotations];
}

function bind(trans: Transaction) {
  return {
    documents: trans.table<DocumentRecord, string>('documents'),
    texts: trans.table<DocumentTextRecord, string>('documentTexts'),
    annotations: trans.table<AnnotationRecord, string>('annotations'),
  };
}

const sameTarget = (a: AnnotationTarget, b: AnnotationTarget) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces an added document's canonical text in one transaction: the new text and blocks,
 * the old ones kept as `previous` (replacing any earlier `previous`: one level of undo), the
 * row's hash and `meta.modified`, and each annotation's stored target moved to its new place
 * (`modified` set, so a restore of an older backup does not move it back). Unanchored ones keep
 * their target. Rejects `invalid` when the document is absent, bundled, or its text is no
 * longer the one planned against; writes nothing then.
 */
export async function applyTextReplacement(
  db: QariDb,
  plan: TextReplacement,
  now: () => Date = () => new Date(),
): Promise<DocumentRecord> {
  try {
    return await db.transaction('rw', tables(db), async (trans) => {
      const { documents, texts, annotations } = bind(trans);
      const row = await documents.get(plan.documentId);
      const stored = await texts.get(plan.documentId);
      if (!row?.meta || !stored) throw invalid(`no added document ${plan.documentId}`);
      if (stored.text !== plan.oldText) throw invalid('the text changed since the plan');
      const time = now().toISOString();
      const targets: Record<string, AnnotationTarget> = {};
      const moved: AnnotationRecord[] = [];
      const records = await annotations.bulkGet(plan.items.map((item) => item.id));
      plan.items.forEach((item, i) => {
        const record = records[i];
        // A document-level note is about no passage: a new text leaves it as it is.
        if (record?.documentId !== plan.documentId || record.target === null) return;
        targets[item.id] = record.target;
        if (!sameTarget(record.target, item.target)) {
          moved.push({ ...record, target: item.target, modified: time });
        }
      });
      await annotations.bulkPut(moved);
      await texts.put({
        id: plan.documentId,
        text: plan.text,
        blocks: [...plan.blocks],
        previous: { text: stored.text, blocks: stored.blocks, replaced: time, targets },
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
 * blocks come back, and every annotation re-anchored by it gets its earlier target back (its
 * note and tags as they are now). Resolves false, writing nothing, when there is nothing to
 * undo; rejects `invalid` when the document is absent or bundled.
 */
export async function undoTextReplacement(
  db: QariDb,
  documentId: string,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    return await db.transaction('rw', tables(db), async (trans) => {
      const { documents, texts, annotations } = bind(trans);
      const row = await documents.get(documentId);
      const stored = await texts.get(documentId);
      if (!row?.meta || !stored) throw invalid(`no added document ${documentId}`);
      const { previous } = stored;
      if (!previous) return false;
      const time = now().toISOString();
      const ids = Object.keys(previous.targets);
      const records = await annotations.bulkGet(ids);
      const restored: AnnotationRecord[] = [];
      ids.forEach((id, i) => {
        const record = records[i];
        const target = previous.targets[id];
        if (record?.target && target && !sameTarget(record.target, target)) {
          restored.push({ ...record, target, modified: time });
        }
      });
      await annotations.bulkPut(restored);
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
