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
import { createDexieTimelineStore } from '../../../src/storage/dexie-timeline-backend';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import { placeEvents } from '../../../src/timeline/own-timeline';
import { article, items, QUOTES, replaceCases } from '../document/replace-text-cases';
import { addedMeta } from './document-store-cases';
import { fixedNow, freshDeps, rejection, uniqueName } from './test-stores';

const LATER = fixedNow(60_000);

const targetsById = (records: readonly Pick<AnnotationRecord, 'id' | 'target'>[]) =>
  Object.fromEntries(records.map((r) => [r.id, r.target]));

/** A library on fake-indexeddb holding the real article as an added document, annotated. */
async function library() {
  const db = new QariDb({ name: uniqueName(), deps: freshDeps() });
  const documents = createDexieDocumentStore(db, { now: fixedNow() });
  const annotations = createDexieStore(db, { now: fixedNow() });
  const timeline = createDexieTimelineStore(db, { now: fixedNow() });
  const doc = buildDocument(addedMeta(), article.blocks);
  await documents.addDocument(doc);
  const records: AnnotationRecord[] = [];
  const events: TimelineEventRecord[] = [];
  for (const item of items()) {
    if (item.kind === 'event') {
      events.push(
        await timeline.addEvent({
          id: crypto.randomUUID(),
          documentId: doc.meta.id,
          title: 'اجتماع مجلس الأمن الجماعي',
          date: {
            value: '2022-01-10',
            precision: 'day',
            calendar: 'gregorian',
            original: '10 يناير',
          },
          target: item.target,
          status: 'added',
          proposalId: null,
          created: '2024-01-01T00:00:00.000Z',
          modified: '2024-01-01T00:00:00.000Z',
        }),
      );
      continue;
    }
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
  return { db, documents, annotations, timeline, doc, records, events };
}

/** What the replacement dialog is given: the document's annotations and timeline events. */
async function anchoredItems(lib: Awaited<ReturnType<typeof library>>) {
  const id = lib.doc.meta.id;
  return [
    ...(await lib.annotations.listAnnotations(id)).filter(hasPassage).map((r) => ({
      ...r,
      kind: 'annotation' as const,
    })),
    ...(await lib.timeline.listEvents(id)).map((e) => ({
      ...e,
      kind: 'event' as const,
      deleted: null,
    })),
  ];
}

async function planFor(lib: Awaited<ReturnType<typeof library>>, caseIndex: number) {
  const next = replaceCases[caseIndex]?.next() ?? article;
  const result = planTextReplacement(
    { id: lib.doc.meta.id, text: lib.doc.text },
    await anchoredItems(lib),
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
    for (const item of plan.items.filter((i) => i.kind === 'annotation')) {
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

  it('moves timeline events with the text; one whose sentence is gone is Unanchored, kept', async () => {
    const lib = await library();
    // Case 1 moves every passage; case 3 removes the paragraph the event quotes.
    await applyTextReplacement(lib.db, await planFor(lib, 1), LATER);
    const moved = await lib.timeline.listEvents(lib.doc.meta.id);
    const movedText = replaceCases[1]?.next().text ?? '';
    expect(placeEvents(moved, movedText).map((p) => p.status)).toEqual(['position']);
    expect(moved[0]?.modified).toBe(LATER().toISOString());
    await undoTextReplacement(lib.db, lib.doc.meta.id, LATER);
    expect(await lib.timeline.listEvents(lib.doc.meta.id)).toEqual([
      { ...lib.events[0], modified: LATER().toISOString() },
    ]);

    const plan = await planFor(lib, 3);
    expect(plan.unanchored).toEqual([
      { id: lib.events[0]?.id, kind: 'event', quote: QUOTES.kazakh },
    ]);
    await applyTextReplacement(lib.db, plan, LATER);
    const kept = await lib.timeline.listEvents(lib.doc.meta.id);
    // Kept with its title, date and quote; the timeline lists it as Unanchored, placed nowhere.
    expect(kept).toEqual([{ ...lib.events[0], modified: LATER().toISOString() }]);
    expect(placeEvents(kept, plan.text)).toEqual([
      { record: kept[0], range: null, status: 'orphan' },
    ]);
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
    expect(targetsById(await lib.timeline.listEvents(lib.doc.meta.id))).toEqual(
      targetsById(lib.events),
    );
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
