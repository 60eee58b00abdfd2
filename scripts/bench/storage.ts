/**
 * Storage figures on fake-indexeddb (an in-memory IndexedDB in JS: slower per call than a
 * browser's, so read these as relative costs and upper bounds for this article's scale).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import type { AnnotationStore } from '../../src/storage/annotation-store';
import { QariDb } from '../../src/storage/db';
import { createDexieStore } from '../../src/storage/dexie-backend';
import { createMemoryStore } from '../../src/storage/memory-backend';
import { normalizeAnnotation } from '../../src/storage/validate-annotation';
import { seedArticle } from '../../tests/seed-article';
import { median } from '../median';

const article = seedArticle();
const RUNS = 5;

function record(i: number): AnnotationRecord {
  const block = article.blocks[i % article.blocks.length];
  if (!block) throw new Error('no blocks');
  const start = block.start;
  const end = Math.min(block.end, start + 20);
  const stamp = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
  return {
    id: crypto.randomUUID(),
    documentId: article.meta.id,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: article.text.slice(start, end),
        prefix: article.text.slice(Math.max(0, start - 32), start),
        suffix: article.text.slice(end, end + 32),
      },
      position: { type: 'TextPositionSelector', start, end },
    },
    color: 'yellow',
    note: 'ملاحظة '.repeat(20),
    tags: ['أمن', 'CSTO'],
    created: stamp,
    modified: stamp,
    deleted: null,
  };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const dexieStore = (
  deps = { indexedDB: new IDBFactory(), IDBKeyRange },
  name = `bench-${crypto.randomUUID()}`,
) => createDexieStore(new QariDb({ name, deps }));

async function storeFigures(label: string, make: () => AnnotationStore): Promise<void> {
  const saves: number[] = [];
  const lists: number[] = [];
  const imports: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const store = make();
    const records = Array.from({ length: 200 }, (_, i) => record(i));
    const t = await timed(async () => {
      for (const r of records) await store.saveAnnotation(r);
    });
    saves.push(t / records.length);
    lists.push(await timed(() => store.listAnnotations(article.meta.id)));
    const fresh = make();
    const many = Array.from({ length: 1000 }, (_, i) => record(i));
    imports.push(await timed(() => fresh.applyImport({ put: many })));
    store.close();
    fresh.close();
  }
  console.log(`${label}: saveAnnotation (one at a time, 200): ${fmt(median(saves))} per save`);
  console.log(`${label}: listAnnotations (200 records): ${fmt(median(lists))}`);
  console.log(`${label}: applyImport (1000 records, one transaction): ${fmt(median(imports))}`);
}

async function feedLatency(): Promise<void> {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  const name = `bench-${crypto.randomUUID()}`;
  const writer = dexieStore(deps, name);
  const reader = dexieStore(deps, name);
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    let fired: () => void = () => undefined;
    const heard = new Promise<void>((resolve) => (fired = resolve));
    const stop = reader.watch(article.meta.id, () => fired());
    await new Promise((resolve) => setTimeout(resolve, 10));
    const t0 = performance.now();
    await writer.saveAnnotation(record(i));
    await heard;
    latencies.push(performance.now() - t0);
    stop();
  }
  console.log(
    `change feed, write on one connection to the other's watcher: ${fmt(median(latencies))} (median of 20)`,
  );
  writer.close();
  reader.close();
}

/** Prints medians of several runs. */
export async function run(): Promise<void> {
  const records = Array.from({ length: 1000 }, (_, i) => record(i));
  const validation: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const rec of records) normalizeAnnotation(rec);
    validation.push(((performance.now() - t0) / records.length) * 1000);
  }
  console.log(`normalizeAnnotation: ${median(validation).toFixed(2)} µs per record`);
  await storeFigures('indexeddb (fake)', () => dexieStore());
  await storeFigures('memory', () => createMemoryStore());
  await feedLatency();
}
