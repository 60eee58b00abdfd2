import { describe, expect, it, vi } from 'vitest';
import {
  PERSIST_REQUESTED_META,
  readPersistence,
  requestPersistenceOnce,
  type MetaAccess,
  type PersistenceApi,
} from '../../../src/backup/storage-persistence';

function memoryMeta(
  initial: Record<string, unknown> = {},
): MetaAccess & { values: Map<string, unknown> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getMeta: <T>(key: string, guard: (v: unknown) => v is T) => {
      const value = values.get(key);
      return Promise.resolve(guard(value) ? value : null);
    },
    setMeta: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
  };
}

function api(persisted: boolean | Error, grant = true) {
  return {
    persisted: vi.fn(() =>
      persisted instanceof Error ? Promise.reject(persisted) : Promise.resolve(persisted),
    ),
    persist: vi.fn(() => Promise.resolve(grant)),
  } satisfies PersistenceApi;
}

describe('readPersistence', () => {
  it.each([
    ['no StorageManager', undefined, 'unsupported'],
    ['no persisted()', {}, 'unsupported'],
    ['persisted', api(true), 'persisted'],
    ['not persisted', api(false), 'not-persisted'],
    ['persisted() rejects', api(new Error('private window')), 'unknown'],
  ] as const)('%s → %s', async (_name, storage, expected) => {
    expect(await readPersistence(storage)).toBe(expected);
  });
});

describe('requestPersistenceOnce', () => {
  it('asks once, remembers it, and never asks again', async () => {
    const storage = api(false);
    const meta = memoryMeta();
    expect(await requestPersistenceOnce(storage, meta)).toBe('granted');
    expect(await requestPersistenceOnce(storage, meta)).toBe('already-requested');
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(meta.values.get(PERSIST_REQUESTED_META)).toBe(true);
  });

  it('does not ask when the browser already keeps the data', async () => {
    const storage = api(true);
    expect(await requestPersistenceOnce(storage, memoryMeta())).toBe('already-persisted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    expect(await requestPersistenceOnce(api(false, false), memoryMeta())).toBe('denied');
  });

  it('does nothing without the API', async () => {
    const meta = memoryMeta();
    expect(await requestPersistenceOnce(undefined, meta)).toBe('unsupported');
    expect(meta.values.size).toBe(0);
  });

  it('trusts an earlier request stored by another tab', async () => {
    const storage = api(false);
    const meta = memoryMeta({ [PERSIST_REQUESTED_META]: true });
    expect(await requestPersistenceOnce(storage, meta)).toBe('already-requested');
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
