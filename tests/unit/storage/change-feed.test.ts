import { Worker } from 'node:worker_threads';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createChangeEmitter, watchAnnotations } from '../../../src/storage/change-feed';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { SCHEMA_HISTORY } from '../../../src/storage/schema-history';
import { DOC_ID, freshDeps, makeRecord, sleep, uniqueName, waitFor } from './test-stores';

describe('change feed', () => {
  it('gives liveQuery the indexedDB it needs in Node (it checks a global, not the db’s own)', () => {
    new QariDb({ name: uniqueName(), deps: freshDeps() });
    expect(Dexie.dependencies.indexedDB).toBeTruthy();
  });

  it('hears a write made in another JS context (another tab) through Dexie’s BroadcastChannel', async () => {
    const name = uniqueName();
    const store = createDexieStore(new QariDb({ name, deps: freshDeps() }));
    let calls = 0;
    const stop = watchAnnotations(store, DOC_ID, () => calls++);
    await sleep(20);
    const stores = SCHEMA_HISTORY[0]?.stores;
    const worker = new Worker(new URL('./other-tab-worker.mjs', import.meta.url), {
      workerData: { name, stores, record: makeRecord() },
    });
    try {
      await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await waitFor(() => calls >= 1, 1000);
    } finally {
      stop();
      await worker.terminate();
    }
  });

  it('stops calling after unsubscribe, even for an emit already queued', async () => {
    const emitter = createChangeEmitter();
    let calls = 0;
    const stop = emitter.watch('doc', () => calls++);
    emitter.emit(['doc']);
    stop();
    await sleep(10);
    expect(calls).toBe(0);
  });

  it('calls each watcher once per emit, asynchronously, and only for its document', async () => {
    const emitter = createChangeEmitter();
    const seen: string[] = [];
    const listener = () => seen.push('a');
    const stopA1 = emitter.watch('doc-a', listener);
    const stopA2 = emitter.watch('doc-a', listener);
    const stopB = emitter.watch('doc-b', () => seen.push('b'));
    emitter.emit(['doc-a', 'doc-a', 'doc-c']);
    expect(seen).toEqual([]);
    await sleep(10);
    expect(seen).toEqual(['a', 'a']);
    stopA1();
    stopA1();
    emitter.emit(['doc-a', 'doc-b']);
    await sleep(10);
    expect(seen).toEqual(['a', 'a', 'a', 'b']);
    stopA2();
    stopB();
  });
});
