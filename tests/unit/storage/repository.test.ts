import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { longestNote, rejectedSaveCases, tagCases } from './repository-cases';
import {
  DOC_ID,
  PHRASES,
  fixedNow,
  makeRecord,
  rejection,
  sleep,
  storeKinds,
  waitFor,
} from './test-stores';

const T0 = '2024-01-01T00:00:00.000Z';
const T1 = '2024-01-02T00:00:00.000Z';
const T2 = '2024-01-03T00:00:00.000Z';

describe.each(storeKinds)('%s store', (kind, make) => {
  it(`reports persistence "${kind}"`, () => {
    expect(make().persistence).toBe(kind);
  });

  it('saves and reads back a record unchanged', async () => {
    const store = make();
    const record = makeRecord({ note: 'ملاحظة عن زاس', tags: ['أمن'], color: 'green' });
    expect(await store.saveAnnotation(record)).toEqual(record);
    expect(await store.getAnnotation(record.id)).toEqual(record);
    expect(await store.getAnnotation(crypto.randomUUID())).toBeNull();
  });

  it('lists the live annotations of every document in one read, newest first', async () => {
    const store = make();
    const old = makeRecord({ created: T0, modified: T0 }, PHRASES[1]);
    const other = makeRecord({ documentId: 'another-document', created: T2, modified: T2 });
    const trashed = makeRecord({ created: T1, modified: T1, deleted: T1 }, PHRASES[3]);
    for (const record of [old, other, trashed]) await store.saveAnnotation(record);
    expect(await store.listLiveAnnotations()).toEqual([other, old]);
  });

  it('reads only the newest live annotations, newest first, ties as the index walks back', async () => {
    const store = make();
    const old = makeRecord({ created: T0, modified: T0 }, PHRASES[1]);
    const tiedA = makeRecord({ id: '0a000000-0000-4000-8000-000000000000', created: T1 });
    const tiedB = makeRecord({ id: '0b000000-0000-4000-8000-000000000000', created: T1 });
    const other = makeRecord({ documentId: 'another-document', created: T2, modified: T2 });
    const trashed = makeRecord({ created: T2, modified: T2, deleted: T2 }, PHRASES[3]);
    for (const record of [old, tiedA, tiedB, other, trashed]) await store.saveAnnotation(record);
    expect(await store.listNewestLiveAnnotations(3)).toEqual([other, tiedB, tiedA]);
    expect(await store.listNewestLiveAnnotations(10)).toEqual(await store.listLiveAnnotations());
    expect(await store.listNewestLiveAnnotations(0)).toEqual([]);
  });

  it('lists a document’s live and trashed annotations, oldest first, and no others', async () => {
    const store = make();
    const late = makeRecord({ created: T2, modified: T2 }, PHRASES[1]);
    const early = makeRecord({ created: T0, modified: T0 }, PHRASES[2]);
    const trashed = makeRecord({ created: T1, modified: T1, deleted: T1 }, PHRASES[3]);
    const elsewhere = makeRecord({ documentId: 'another-document' });
    for (const record of [late, early, trashed, elsewhere]) await store.saveAnnotation(record);
    const listed = await store.listAnnotations(DOC_ID);
    expect(listed.map((r) => r.id)).toEqual([early.id, trashed.id, late.id]);
    expect(listed.filter((r) => r.deleted !== null).map((r) => r.id)).toEqual([trashed.id]);
    expect(await store.listAnnotations('no-such-document')).toEqual([]);
  });

  it.each(rejectedSaveCases)('rejects %s and stores nothing', async (_name, patch, code) => {
    const store = make();
    const record = { ...makeRecord(), ...patch } as AnnotationRecord;
    const error = await rejection(store.saveAnnotation(record));
    expect(error.name).toBe('StorageError');
    expect(error.code).toBe(code);
    expect(await store.listAnnotations(DOC_ID)).toEqual([]);
  });

  it('accepts a note exactly MAX_NOTE_LENGTH long', async () => {
    const store = make();
    const saved = await store.saveAnnotation(makeRecord(longestNote));
    expect(saved.note).toBe(longestNote.note);
  });

  it.each(tagCases)('stores tags %s in normal form', async (_name, given, stored) => {
    const store = make();
    const record = makeRecord({ tags: given });
    expect((await store.saveAnnotation(record)).tags).toEqual(stored);
    expect((await store.getAnnotation(record.id))?.tags).toEqual(stored);
  });

  it('keeps only known fields and lower-cases the id', async () => {
    const store = make();
    const record = makeRecord();
    const upper = { ...record, id: record.id.toUpperCase(), extra: '<script>', __proto__x: 1 };
    const saved = await store.saveAnnotation(upper);
    expect(saved).toEqual(record);
    expect(Object.keys(saved).sort()).toEqual(Object.keys(record).sort());
  });

  it('lets the later modified win and returns what is stored', async () => {
    const store = make();
    const newer = makeRecord({ note: 'newer', modified: T2 });
    const older = { ...newer, note: 'older', modified: T1 };
    await store.saveAnnotation(newer);
    expect(await store.saveAnnotation(older)).toEqual(newer);
    expect(await store.getAnnotation(newer.id)).toEqual(newer);
    const sameTime = { ...newer, note: 'same millisecond, later call' };
    expect(await store.saveAnnotation(sameTime)).toEqual(sameTime);
  });

  it('hands out copies: changing a returned record changes nothing stored', async () => {
    const store = make();
    const record = makeRecord({ tags: ['أمن'] });
    const saved = await store.saveAnnotation(record);
    saved.tags.push('changed');
    saved.note = 'changed';
    const read = await store.getAnnotation(record.id);
    if (!read) throw new Error('missing');
    read.target!.quote.exact = 'changed';
    expect(await store.getAnnotation(record.id)).toEqual(record);
  });

  it('moves to the trash and back, stamping deleted and modified', async () => {
    const store = make(fixedNow(5 * 86_400_000));
    const record = makeRecord({ modified: T1 });
    await store.saveAnnotation(record);
    const trashed = await store.deleteAnnotation(record.id);
    expect(trashed).toEqual({
      ...record,
      deleted: '2024-01-06T00:00:00.000Z',
      modified: '2024-01-06T00:00:00.000Z',
    });
    expect(await store.deleteAnnotation(record.id)).toEqual(trashed);
    expect((await store.listAnnotations(DOC_ID))[0]?.deleted).toBe('2024-01-06T00:00:00.000Z');
    const restored = await store.restoreAnnotation(record.id);
    expect(restored).toEqual({ ...record, deleted: null, modified: '2024-01-06T00:00:00.001Z' });
    expect(await store.restoreAnnotation(record.id)).toEqual(restored);
    expect(await store.deleteAnnotation(crypto.randomUUID())).toBeNull();
    expect(await store.restoreAnnotation(crypto.randomUUID())).toBeNull();
  });

  it('stamps a delete after the stored modified even when the clock is behind', async () => {
    const store = make(fixedNow(0));
    const record = makeRecord({ modified: T2 });
    await store.saveAnnotation(record);
    expect((await store.deleteAnnotation(record.id))?.modified).toBe('2024-01-03T00:00:00.001Z');
  });

  it('purges only from the trash', async () => {
    const store = make();
    const record = makeRecord();
    await store.saveAnnotation(record);
    expect((await rejection(store.purgeAnnotation(record.id))).code).toBe('invalid');
    expect(await store.getAnnotation(record.id)).toEqual(record);
    await store.deleteAnnotation(record.id);
    expect(await store.purgeAnnotation(record.id)).toBe(true);
    expect(await store.getAnnotation(record.id)).toBeNull();
    expect(await store.purgeAnnotation(record.id)).toBe(false);
  });

  it('imports all records in one go, keeping stored copies that are newer', async () => {
    const store = make();
    const local = makeRecord({ note: 'local, newer', modified: T2 });
    await store.saveAnnotation(local);
    const incoming = [
      makeRecord({}, PHRASES[1]),
      makeRecord({ tags: [' csto ', 'csto'] }, PHRASES[2]),
      { ...local, note: 'imported, older', modified: T1 },
    ];
    const outcome = await store.applyImport({ put: incoming });
    expect(outcome).toEqual({ written: [incoming[0]?.id, incoming[1]?.id], kept: [local.id] });
    const listed = await store.listAnnotations(DOC_ID);
    expect(listed).toHaveLength(3);
    expect(listed.find((r) => r.id === local.id)?.note).toBe('local, newer');
    expect(listed.find((r) => r.id === incoming[1]?.id)?.tags).toEqual(['csto']);
  });

  it('imports nothing at all when one record is invalid', async () => {
    const store = make();
    const good = [makeRecord({}, PHRASES[1]), makeRecord({}, PHRASES[2])];
    const bad = makeRecord({ color: 'black' as AnnotationRecord['color'] });
    const error = await rejection(store.applyImport({ put: [...good, bad] }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('import.put[2]');
    expect(await store.listAnnotations(DOC_ID)).toEqual([]);
    expect(await store.applyImport({ put: [] })).toEqual({ written: [], kept: [] });
  });

  it('keeps meta values, guarded on the way out', async () => {
    const store = make();
    const isString = (v: unknown): v is string => typeof v === 'string';
    expect(await store.getMeta('lastExportAt', isString)).toBeNull();
    await store.setMeta('lastExportAt', T1);
    await store.setMeta('persistenceRequested', true);
    expect(await store.getMeta('lastExportAt', isString)).toBe(T1);
    expect(await store.getMeta('persistenceRequested', isString)).toBeNull();
    expect(await store.getMeta('persistenceRequested', (v): v is boolean => v === true)).toBe(true);
    expect((await rejection(store.setMeta('bad', () => 1))).code).toBe('invalid');
  });

  it('runs concurrent saves without losing any', async () => {
    const store = make();
    const records = Array.from({ length: 25 }, (_, i) =>
      makeRecord({ created: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() }),
    );
    await Promise.all(records.map((r) => store.saveAnnotation(r)));
    expect((await store.listAnnotations(DOC_ID)).map((r) => r.id)).toEqual(
      records.map((r) => r.id),
    );
  });

  it('gives watchers of a document its list at subscription and after each change, and only those', async () => {
    const store = make();
    const delivered: { id: string; deleted: boolean }[][] = [];
    let otherCalls = 0;
    const stop = store.watch(DOC_ID, (records) =>
      delivered.push(records.map((r) => ({ id: r.id, deleted: r.deleted !== null }))),
    );
    const stopOther = store.watch('another-document', () => otherCalls++);
    // The state at subscription, delivered once: the watcher's first read.
    await waitFor(() => delivered.length === 1 && otherCalls === 1);
    const record = makeRecord();
    await store.saveAnnotation(record);
    await waitFor(() => delivered.length === 2);
    await store.deleteAnnotation(record.id);
    await waitFor(() => delivered.length === 3);
    stop();
    await store.restoreAnnotation(record.id);
    await sleep(50);
    expect(delivered).toEqual([
      [],
      [{ id: record.id, deleted: false }],
      [{ id: record.id, deleted: true }],
    ]);
    expect(otherCalls).toBe(1);
    stopOther();
  });

  it('delivers the list in the order listAnnotations gives it (oldest created first)', async () => {
    const store = make();
    const records = Array.from({ length: 6 }, (_, i) =>
      makeRecord({ created: new Date(Date.UTC(2024, 0, 1, 0, 0, 6 - i)).toISOString() }),
    );
    await store.applyImport({ put: records });
    let delivered: string[] = [];
    const stop = store.watch(DOC_ID, (list) => (delivered = list.map((r) => r.id)));
    await waitFor(() => delivered.length === 6);
    expect(delivered).toEqual((await store.listAnnotations(DOC_ID)).map((r) => r.id));
    expect(delivered).toEqual(records.map((r) => r.id).reverse());
    stop();
  });

  it('rejects with "closed" after close', async () => {
    const store = make();
    store.close();
    expect((await rejection(store.listAnnotations(DOC_ID))).code).toBe('closed');
    expect((await rejection(store.saveAnnotation(makeRecord()))).code).toBe('closed');
  });

  it('property: whatever the order of saves, the latest modified is what is stored', async () => {
    const minute = 60_000;
    const save = fc.record({
      offset: fc.integer({ min: 0, max: 20 }),
      note: fc.string({ maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(save, { minLength: 1, maxLength: 8 }), async (saves) => {
        const store = make();
        const base = makeRecord();
        const versions = saves.map(({ offset, note }) => ({
          ...base,
          note,
          modified: new Date(Date.UTC(2024, 0, 1) + offset * minute).toISOString(),
        }));
        for (const version of versions) await store.saveAnnotation(version);
        // The greatest modified wins; among equals, the last saved.
        const expected = versions.reduce((kept, next) =>
          next.modified >= kept.modified ? next : kept,
        );
        expect(await store.getAnnotation(base.id)).toEqual(expected);
        expect(await store.listAnnotations(DOC_ID)).toHaveLength(1);
        store.close();
      }),
      { numRuns: 40 },
    );
  });
});
