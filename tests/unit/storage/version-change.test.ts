import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexedDbDeps } from '../../../src/storage/db';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { openStore } from '../../../src/storage/open-store';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../src/storage/schema-history';
import { StorageError } from '../../../src/storage/storage-error';
import { DOC_ID, freshDeps, makeRecord, sleep, uniqueName, waitFor } from './test-stores';

/** Dexie multiplies its version numbers by ten for IndexedDB. */
const NATIVE_CURRENT = CURRENT_SCHEMA_VERSION * 10;

/** Opens `name` with plain IndexedDB at a native version, as another build of the app might. */
function rawOpen(deps: IndexedDbDeps, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = deps.indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('annotations')) {
        db.createObjectStore('annotations', { keyPath: 'id' }).createIndex(
          'documentId',
          'documentId',
        );
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return (error as StorageError).code;
  }
  return 'resolved';
}

describe('schema version changes between tabs', () => {
  // Dexie logs its own notice for both events; the tests assert what the app sees instead.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a newer tab’s upgrade closes this store, tells the UI, and later calls fail with version-change', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    const store = createDexieStore(new QariDb({ name, deps }));
    const record = makeRecord();
    await store.saveAnnotation(record);
    let told = 0;
    store.onVersionChange(() => told++);
    let watcherErrors = 0;
    store.watch(
      DOC_ID,
      () => undefined,
      () => watcherErrors++,
    );

    // Resolves only if this store let go of the database: otherwise the upgrade stays blocked.
    const newer = await rawOpen(deps, name, NATIVE_CURRENT + 10);
    expect(told).toBe(1);
    expect(await codeOf(store.saveAnnotation(makeRecord()))).toBe('version-change');
    expect(await codeOf(store.listAnnotations(DOC_ID))).toBe('version-change');
    expect(await codeOf(store.getMeta('x', (_v): _v is unknown => true))).toBe('version-change');
    await sleep(20);
    expect(told).toBe(1);
    expect(watcherErrors).toBe(0);

    // The newer tab sees the data this one wrote.
    const tx = newer.transaction('annotations', 'readonly');
    const count = await new Promise((resolve) => {
      const request = tx.objectStore('annotations').count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(1);
    newer.close();
  });

  it('an unsubscribed listener is not told', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    const store = createDexieStore(new QariDb({ name, deps }));
    await store.listAnnotations(DOC_ID);
    let told = 0;
    const stop = store.onVersionChange(() => told++);
    stop();
    (await rawOpen(deps, name, NATIVE_CURRENT + 10)).close();
    expect(told).toBe(0);
  });

  it('refuses to open a database a newer build has upgraded', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    (await rawOpen(deps, name, NATIVE_CURRENT + 10)).close();
    await expect(openStore({ name, deps })).rejects.toMatchObject({ code: 'version-change' });
  });

  it('tells the UI when its open is blocked by an older tab, then opens once that tab closes', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    // An old tab that ignores versionchange keeps its connection open.
    const old = await rawOpen(deps, name, NATIVE_CURRENT - 5);
    let blocked = 0;
    let opened = false;
    const opening = openStore({ name, deps, onBlocked: () => blocked++ }).then((result) => {
      opened = true;
      return result;
    });
    await waitFor(() => blocked === 1);
    await sleep(30);
    expect(opened).toBe(false);
    old.close();
    const { store, fallbackReason } = await opening;
    expect(fallbackReason).toBeNull();
    expect(store.persistence).toBe('indexeddb');
    expect(await store.saveAnnotation(makeRecord())).toBeTruthy();
  });

  it('keeps the store usable when another connection only opens the same version', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    const store = createDexieStore(new QariDb({ name, deps }));
    await store.listAnnotations(DOC_ID);
    let told = 0;
    store.onVersionChange(() => told++);
    const same = new QariDb({ name, deps, history: SCHEMA_HISTORY });
    await same.open();
    expect(told).toBe(0);
    expect(await store.saveAnnotation(makeRecord())).toBeTruthy();
    same.close();
  });
});
