// Plays "another tab" for change-feed.test.ts: its own JS context, its own Dexie, writing one
// annotation. Only Dexie's BroadcastChannel message can tell the test's thread about it.
import { parentPort, workerData } from 'node:worker_threads';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

const { name, stores, record } = workerData;
const db = new Dexie(name, { indexedDB: new IDBFactory(), IDBKeyRange });
db.version(1).stores(stores);
await db.table('annotations').put(record);
parentPort.postMessage('written');
