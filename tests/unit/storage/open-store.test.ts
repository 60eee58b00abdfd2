import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../src/storage/open-store';
import { brokenIndexedDbCases } from './open-store-cases';
import { DOC_ID, freshDeps, makeRecord, uniqueName, waitFor } from './test-stores';

describe('openStore', () => {
  // Dexie logs its retries of a failing open; what matters is what openStore returns.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens on IndexedDB when it works', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    const { store, fallbackReason } = await openStore({ name, deps });
    expect(store.persistence).toBe('indexeddb');
    expect(fallbackReason).toBeNull();
    const record = makeRecord();
    await store.saveAnnotation(record);
    store.close();
    // Kept across connections: a later "tab" sees it.
    const again = await openStore({ name, deps });
    expect(await again.store.listAnnotations(DOC_ID)).toEqual([record]);
  });

  it('falls back to memory when there is no indexedDB global (Node, some embedded browsers)', async () => {
    expect('indexedDB' in globalThis).toBe(false);
    const { store, fallbackReason } = await openStore();
    expect(store.persistence).toBe('memory');
    expect(fallbackReason).toBe('unavailable');
  });

  it('falls back to memory when reading the indexedDB global throws', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const { store } = await openStore();
      expect(store.persistence).toBe('memory');
    } finally {
      Reflect.deleteProperty(globalThis, 'indexedDB');
    }
  });

  it('uses the memory store when asked to (deps: null)', async () => {
    const { store, fallbackReason } = await openStore({ deps: null });
    expect(store.persistence).toBe('memory');
    expect(fallbackReason).toBe('unavailable');
  });

  it.each(brokenIndexedDbCases)('falls back to memory when %s', async (_name, deps, reason) => {
    const { store, fallbackReason } = await openStore({ name: uniqueName(), deps: deps() });
    expect(store.persistence).toBe('memory');
    expect(fallbackReason).toBe(reason);
    // The fallback is a working store, change feed included: the list now, then after the save.
    const delivered: string[][] = [];
    const stop = store.watch(DOC_ID, (records) => delivered.push(records.map((r) => r.id)));
    await waitFor(() => delivered.length === 1);
    const record = makeRecord();
    expect(await store.saveAnnotation(record)).toEqual(record);
    expect(await store.listAnnotations(DOC_ID)).toEqual([record]);
    await waitFor(() => delivered.length === 2);
    expect(delivered).toEqual([[], [record.id]]);
    stop();
  });
});
