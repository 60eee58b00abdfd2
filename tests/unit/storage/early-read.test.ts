import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { byCreated } from '../../../src/storage/annotation-record';
import { DB_NAME, QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { startEarlyRead, takeEarlyRead } from '../../../src/storage/early-read';
import { SCHEMA_HISTORY } from '../../../src/storage/schema-history';
import { DOC_ID, PHRASES, freshDeps, makeRecord } from './test-stores';

/** A database named as the app's, written by today's store, in its own fake IndexedDB. */
async function storedLibrary() {
  const deps = freshDeps();
  const store = createDexieStore(new QariDb({ name: DB_NAME, deps }));
  const late = makeRecord({ created: '2024-01-03T00:00:00.000Z' }, PHRASES[1]);
  const early = makeRecord({ created: '2024-01-01T00:00:00.000Z' }, PHRASES[2]);
  const trashed = makeRecord({
    created: '2024-01-02T00:00:00.000Z',
    deleted: '2024-01-04T00:00:00.000Z',
    modified: '2024-01-04T00:00:00.000Z',
  });
  const elsewhere = makeRecord({ documentId: 'another-document' });
  for (const record of [late, early, trashed, elsewhere]) await store.saveAnnotation(record);
  store.close();
  return { factory: deps.indexedDB, document: [late, early, trashed].sort(byCreated) };
}

describe('the early read', () => {
  it('reads one document’s annotations, live and trashed, oldest first', async () => {
    const { factory, document } = await storedLibrary();
    startEarlyRead(DOC_ID, factory);
    expect(await takeEarlyRead(DOC_ID)).toEqual(document);
  });

  it('is taken once, and only for the document it read', async () => {
    const { factory } = await storedLibrary();
    startEarlyRead(DOC_ID, factory);
    expect(takeEarlyRead('another-document')).toBeNull();
    startEarlyRead(DOC_ID, factory);
    expect(takeEarlyRead(DOC_ID)).not.toBeNull();
    expect(takeEarlyRead(DOC_ID)).toBeNull();
  });

  it('answers null and creates no database on a first visit', async () => {
    const factory = freshDeps().indexedDB;
    startEarlyRead(DOC_ID, factory);
    expect(await takeEarlyRead(DOC_ID)).toBeNull();
    expect(await factory.databases()).toEqual([]);
    // Today's store then creates it as usual.
    const db = new QariDb({ name: DB_NAME, deps: { ...freshDeps(), indexedDB: factory } });
    await db.open();
    expect(db.backendDB().version).toBe(SCHEMA_HISTORY.length * 10);
    db.close();
  });

  it('leaves a database of an older schema to the store’s upgrade', async () => {
    const deps = freshDeps();
    const old = new Dexie(DB_NAME, deps);
    old.version(1).stores(SCHEMA_HISTORY[0]?.stores ?? {});
    await old.open();
    await old.table('annotations').put(makeRecord());
    old.close();
    startEarlyRead(DOC_ID, deps.indexedDB);
    expect(await takeEarlyRead(DOC_ID)).toBeNull();
    // Its connection is closed: the upgrade is not blocked.
    const store = createDexieStore(new QariDb({ name: DB_NAME, deps }));
    expect(await store.listAnnotations(DOC_ID)).toHaveLength(1);
    store.close();
  });

  it('answers null without IndexedDB', async () => {
    startEarlyRead(DOC_ID, undefined);
    expect(await takeEarlyRead(DOC_ID)).toBeNull();
  });
});
