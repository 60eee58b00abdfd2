import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { StorageError } from '../../../src/storage/storage-error';
import { DOC_ID, PHRASES, freshDeps, makeRecord } from './test-stores';

const diskFull = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return (error as StorageError).code;
  }
  return 'resolved';
}

describe('a full disk', () => {
  it('rejects a new save with quota-exceeded, writes nothing, and a retry succeeds once space is back', async () => {
    const db = new QariDb({ deps: freshDeps() });
    const store = createDexieStore(db);
    const record = makeRecord({ note: 'ملاحظة' });
    db.annotations.hook('creating', diskFull);
    expect(await codeOf(store.saveAnnotation(record))).toBe('quota-exceeded');
    expect(await db.annotations.count()).toBe(0);
    db.annotations.hook('creating').unsubscribe(diskFull);
    expect(await store.saveAnnotation(record)).toEqual(record);
    expect(await store.listAnnotations(DOC_ID)).toEqual([record]);
  });

  it('leaves the stored copy intact when an update hits the quota', async () => {
    const db = new QariDb({ deps: freshDeps() });
    const store = createDexieStore(db);
    const record = makeRecord({ note: 'before' });
    await store.saveAnnotation(record);
    db.annotations.hook('updating', diskFull);
    const edit = { ...record, note: 'after', modified: '2024-02-01T00:00:00.000Z' };
    expect(await codeOf(store.saveAnnotation(edit))).toBe('quota-exceeded');
    expect(await codeOf(store.deleteAnnotation(record.id))).toBe('quota-exceeded');
    expect(await store.getAnnotation(record.id)).toEqual(record);
    db.annotations.hook('updating').unsubscribe(diskFull);
    expect(await store.saveAnnotation(edit)).toEqual(edit);
  });

  it('rolls back a whole import when its third record hits the quota', async () => {
    const db = new QariDb({ deps: freshDeps() });
    const store = createDexieStore(db);
    let creations = 0;
    const fullAtThird = () => {
      creations += 1;
      if (creations === 3) diskFull();
    };
    db.annotations.hook('creating', fullAtThird);
    const put = PHRASES.map((phrase) => makeRecord({}, phrase));
    expect(await codeOf(store.applyImport({ put }))).toBe('quota-exceeded');
    expect(creations).toBe(3);
    expect(await db.annotations.count()).toBe(0);
    db.annotations.hook('creating').unsubscribe(fullAtThird);
    expect((await store.applyImport({ put })).written).toHaveLength(PHRASES.length);
  });

  it('classifies a quota error raised below Dexie’s hooks, at the DBCore level', async () => {
    const db = new QariDb({ deps: freshDeps() });
    const refuseWrites: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'refuse-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
          };
        },
      }),
    };
    db.use(refuseWrites);
    const store = createDexieStore(db);
    expect(await codeOf(store.saveAnnotation(makeRecord()))).toBe('quota-exceeded');
    expect(await codeOf(store.setMeta('lastExportAt', '2024-01-01T00:00:00.000Z'))).toBe(
      'quota-exceeded',
    );
    expect(await store.listAnnotations(DOC_ID)).toEqual([]);
  });
});
