import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexedDbDeps } from '../../../src/storage/db';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { watchAnnotations } from '../../../src/storage/change-feed';
import { DOC_ID, PHRASES, freshDeps, makeRecord, sleep, uniqueName, waitFor } from './test-stores';

/** Two independent connections (two Dexie instances, as two tabs have) to one database. */
function twoConnections(deps: IndexedDbDeps = freshDeps(), name = uniqueName()) {
  return [
    createDexieStore(new QariDb({ name, deps })),
    createDexieStore(new QariDb({ name, deps })),
  ] as const;
}

const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString();

describe('two connections to one database', () => {
  it('a write through one wakes the other’s watcher within a second', async () => {
    const [writer, reader] = twoConnections();
    let calls = 0;
    const stop = watchAnnotations(reader, DOC_ID, () => calls++);
    // The state at subscription, reported once: waited for, not guessed with a fixed sleep
    // (20 ms was too short on a loaded machine).
    await waitFor(() => calls >= 1, 1000);
    const base = calls;
    const record = makeRecord();
    await writer.saveAnnotation(record);
    await waitFor(() => calls >= base + 1, 1000);
    expect(await reader.listAnnotations(DOC_ID)).toEqual([record]);
    await writer.deleteAnnotation(record.id);
    await waitFor(() => calls >= base + 2, 1000);
    expect((await reader.getAnnotation(record.id))?.deleted).not.toBeNull();
    stop();
  });

  // Regression: the feed used to skip its first result, so a write landing between a view's
  // read and its subscription was never shown in that view.
  it('reports a write made between a read and the subscription', async () => {
    const [writer, reader] = twoConnections();
    expect(await reader.listAnnotations(DOC_ID)).toEqual([]);
    const record = makeRecord();
    await writer.saveAnnotation(record);
    let calls = 0;
    const stop = watchAnnotations(reader, DOC_ID, () => calls++);
    await waitFor(() => calls >= 1, 1000);
    expect(await reader.listAnnotations(DOC_ID)).toEqual([record]);
    stop();
  });

  it('does not wake watchers of another document', async () => {
    const [writer, reader] = twoConnections();
    let calls = 0;
    const stop = watchAnnotations(reader, DOC_ID, () => calls++);
    await waitFor(() => calls >= 1, 1000);
    const base = calls;
    await writer.saveAnnotation(makeRecord({ documentId: 'another-document' }));
    await sleep(100);
    expect(calls).toBe(base);
    stop();
  });

  it('keeps the later modified on both sides, whichever arrives last, with no duplicate', async () => {
    const [a, b] = twoConnections();
    const record = makeRecord({ note: 'first', modified: at(1) });
    const later = { ...record, note: 'edited in tab A', modified: at(10) };
    const earlier = { ...record, note: 'stale edit from tab B', modified: at(5) };
    await b.saveAnnotation(record);
    await a.saveAnnotation(later);
    expect(await b.saveAnnotation(earlier)).toEqual(later);
    for (const store of [a, b]) {
      expect(await store.listAnnotations(DOC_ID)).toEqual([later]);
    }
  });

  it('property: concurrent saves of one annotation from both sides converge on the latest', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        async (minutes, sides) => {
          const [a, b] = twoConnections();
          const base = makeRecord({}, PHRASES[1]);
          const versions = minutes.map((m) => ({ ...base, note: `v${m}`, modified: at(m) }));
          await Promise.all(versions.map((v, i) => (sides[i] ? a : b).saveAnnotation(v)));
          const latest = versions.reduce((x, y) => (y.modified > x.modified ? y : x));
          for (const store of [a, b]) {
            expect(await store.listAnnotations(DOC_ID)).toEqual([latest]);
          }
          a.close();
          b.close();
        },
      ),
      { numRuns: 30 },
    );
  });
});
