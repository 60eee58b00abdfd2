import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build-document';
import { planTextReplacement } from '../../../src/document/replace-text-plan';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { hasPassage } from '../../../src/storage/annotation-record';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { createDexieDocumentStore } from '../../../src/storage/dexie-document-backend';
import { contentHash } from '../../../src/storage/document-record';
import {
  applyTextReplacement,
  undoTextReplacement,
} from '../../../src/storage/replace-text-writes';
import { article, items, replaceCases } from '../document/replace-text-cases';
import { addedMeta } from './document-store-cases';
import { fixedNow, freshDeps, rejection, uniqueName } from './test-stores';

const LATER = fixedNow(60_000);

const targetsById = (records: readonly AnnotationRecord[]) =>
  Object.fromEntries(records.map((r) => [r.id, r.target]));

/** A library on fake-indexeddb holding the real article as an added document, annotated. */
async function library() {
  const db = new QariDb({ name: uniqueName(), deps: freshDeps() });
  const documents = createDexieDocumentStore(db, { now: fixedNow() });
  const annotations = createDexieStore(db, { now: fixedNow() });
  const doc = buildDocument(addedMeta(), article.blocks);
  await documents.addDocument(doc);
  const records: AnnotationRecord[] = [];
  for (const item of items()) {
    records.push(
      await annotations.saveAnnotation({
        id: crypto.randomUUID(),
        documentId: doc.meta.id,
        target: item.target,
        color: 'green',
        note: `ملاحظة ${item.target.quote.exact}`,
        tags: ['وسم'],
        created: '2024-01-01T00:00:00.000Z',
        modified: '2024-01-01T00:00:00.000Z',
        deleted: null,
      }),
    );
  }
  return { db, documents, annotations, doc, records };
}

async function planFor(lib: Awaited<ReturnType<typeof library>>, caseIndex: number) {
  const next = replaceCases[caseIndex]?.next() ?? article;
  const result = planTextReplacement(
    { id: lib.doc.meta.id, text: lib.doc.text },
    (await lib.annotations.listAnnotations(lib.doc.meta.id)).filter(hasPassage),
    next,
  );
  if (!result.ok) throw new Error(result.code);
  return result.plan;
}

describe('applyTextReplacement and undoTextReplacement on IndexedDB', () => {
  it('replaces the text, moves placed annotations, keeps the unanchored and the old text', async () => {
    const lib = await library();
    const plan = await planFor(lib, 3);
    const row = await applyTextReplacement(lib.db, plan, LATER);
    expect(row.contentHash).toBe(contentHash(plan.text));
    expect(row.meta?.modified).toBe(LATER().toISOString());
    const stored = await lib.documents.getDocument(lib.doc.meta.id);
    expect(stored?.text).toBe(plan.text);
    expect(stored?.blocks).toEqual(plan.blocks);
    const after = await lib.annotations.listAnnotations(lib.doc.meta.id);
    for (const item of plan.items) {
      const record = after.find((r) => r.id === item.id);
      expect(record?.target).toEqual(item.target);
      // Notes and tags are the reader's: a replacement never touches them.
      expect(record?.note).toBe(`ملاحظة ${record?.target?.quote.exact ?? ''}`);
      // Only a target that changed is written, and then it counts as an edit.
      const changed = JSON.stringify(item.target) !== JSON.stringify(item.previous);
      expect(record?.modified).toBe(changed ? LATER().toISOString() : '2024-01-01T00:00:00.000Z');
      if (item.fate === 'unanchored') expect(changed).toBe(false);
    }
    const text = await lib.db.documentTexts.get(lib.doc.meta.id);
    expect(text?.previous?.text).toBe(lib.doc.text);
  });

  it('undoes one replacement: the old text and every old target come back', async () => {
    const lib = await library();
    await applyTextReplacement(lib.db, await planFor(lib, 1), LATER);
    expect(await undoTextReplacement(lib.db, lib.doc.meta.id, LATER)).toBe(true);
    const stored = await lib.documents.getDocument(lib.doc.meta.id);
    expect(stored?.text).toBe(lib.doc.text);
    expect(stored?.blocks).toEqual(lib.doc.blocks);
    expect(stored?.record.contentHash).toBe(contentHash(lib.doc.text));
    const after = await lib.annotations.listAnnotations(lib.doc.meta.id);
    expect(targetsById(after)).toEqual(targetsById(lib.records));
    // One level: a second undo has nothing left to undo.
    expect(await undoTextReplacement(lib.db, lib.doc.meta.id, LATER)).toBe(false);
  });

  it('refuses a plan made against a text that has since changed, writing nothing', async () => {
    const lib = await library();
    const stale = await planFor(lib, 1);
    await applyTextReplacement(lib.db, await planFor(lib, 0), LATER);
    const before = await lib.db.annotations.toArray();
    expect((await rejection(applyTextReplacement(lib.db, stale, LATER))).code).toBe('invalid');
    expect(await lib.db.annotations.toArray()).toEqual(before);
    expect((await lib.documents.getDocument(lib.doc.meta.id))?.text).toBe(
      replaceCases[0]?.next().text,
    );
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const lib = await library();
    const plan = await planFor(lib, 1);
    lib.db.documents.hook('updating', () => {
      throw new Error('disk gone');
    });
    await rejection(applyTextReplacement(lib.db, plan, LATER));
    expect((await lib.documents.getDocument(lib.doc.meta.id))?.text).toBe(lib.doc.text);
    expect(targetsById(await lib.db.annotations.toArray())).toEqual(targetsById(lib.records));
  });

  it('refuses an absent document', async () => {
    const lib = await library();
    const plan = { ...(await planFor(lib, 1)), documentId: 'absent' };
    expect((await rejection(applyTextReplacement(lib.db, plan))).code).toBe('invalid');
    expect((await rejection(undoTextReplacement(lib.db, 'absent'))).code).toBe('invalid');
  });
});
