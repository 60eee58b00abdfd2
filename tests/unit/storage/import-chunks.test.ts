import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { IMPORT_CHUNK } from '../../../src/storage/repository';
import { StorageError } from '../../../src/storage/storage-error';
import { DOC_ID, PHRASES, makeRecord, rejection, storeKinds } from './test-stores';

const T1 = '2024-01-02T00:00:00.000Z';
const T2 = '2024-01-03T00:00:00.000Z';

/** More records than two chunks hold, so an import of them is written in three round trips. */
const manyRecords = (): AnnotationRecord[] =>
  Array.from({ length: IMPORT_CHUNK * 2 + 7 }, (_, i) =>
    makeRecord({}, PHRASES[i % PHRASES.length]),
  );

describe.each(storeKinds)('%s store: a big import', (_kind, make) => {
  it('reports its progress chunk by chunk and writes everything', async () => {
    const store = make();
    const records = manyRecords();
    const seen: { done: number; total: number }[] = [];
    const outcome = await store.applyImport({ put: records }, { onProgress: (p) => seen.push(p) });
    const total = records.length;
    expect(seen).toEqual([
      { done: IMPORT_CHUNK, total },
      { done: IMPORT_CHUNK * 2, total },
      { done: total, total },
    ]);
    expect(outcome.written).toHaveLength(total);
    expect(await store.listAnnotations(DOC_ID)).toHaveLength(total);
  });

  it('writes nothing when cancelled after some chunks: one transaction, rolled back', async () => {
    const store = make();
    const kept = makeRecord({ note: 'already here' });
    await store.saveAnnotation(kept);
    const controller = new AbortController();
    const error = await rejection(
      store.applyImport(
        { put: manyRecords() },
        { signal: controller.signal, onProgress: () => controller.abort() },
      ),
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(controller.signal.aborted).toBe(true);
    expect(await store.listAnnotations(DOC_ID)).toEqual([kept]);
  });

  it('does not start when already cancelled', async () => {
    const store = make();
    const controller = new AbortController();
    controller.abort();
    await rejection(store.applyImport({ put: manyRecords() }, { signal: controller.signal }));
    expect(await store.listAnnotations(DOC_ID)).toEqual([]);
  });

  it('writes nothing when a record in a later chunk is invalid', async () => {
    const store = make();
    const records = manyRecords();
    const bad = { ...records[0]!, id: crypto.randomUUID(), color: 'black' as never };
    const put = [...records, bad];
    const error = await rejection(store.applyImport({ put }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(`import.put[${records.length}]`);
    expect(await store.listAnnotations(DOC_ID)).toEqual([]);
  });

  it('compares a repeated id with the copy this import wrote, across chunks', async () => {
    const store = make();
    const first = makeRecord({ note: 'newer', modified: T2 });
    const filler = manyRecords().slice(0, IMPORT_CHUNK);
    const older = { ...first, note: 'older', modified: T1 };
    const outcome = await store.applyImport({ put: [first, ...filler, older] });
    expect(outcome.kept).toEqual([first.id]);
    expect((await store.getAnnotation(first.id))?.note).toBe('newer');
  });
});
