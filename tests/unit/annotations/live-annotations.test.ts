import { describe, expect, it } from 'vitest';
import {
  currentAnnotations,
  followAnnotations,
  seedAnnotations,
} from '../../../src/annotations/live-annotations';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import type { AnnotationStore } from '../../../src/storage/annotation-store';
import { createMemoryStore } from '../../../src/storage/memory-backend';
import { DOC_ID, makeRecord, sleep, waitFor } from '../storage/test-stores';

/** A memory store that counts its change-feed subscriptions (each one is a read of the list). */
function countingStore(): { store: AnnotationStore; feeds: () => number } {
  const inner = createMemoryStore();
  let feeds = 0;
  const store: AnnotationStore = {
    ...inner,
    persistence: inner.persistence,
    watch(documentId, onChange, onError) {
      feeds += 1;
      return inner.watch(documentId, onChange, onError);
    },
  };
  return { store, feeds: () => feeds };
}

describe('live annotations', () => {
  it('answers every part of the app that asks at start-up from one feed', async () => {
    const { store, feeds } = countingStore();
    const record = makeRecord();
    await store.saveAnnotation(record);
    const seen: string[][] = [];
    const stop = followAnnotations(store, DOC_ID, (list) => seen.push(list.map((r) => r.id)));
    const lists = await Promise.all([
      currentAnnotations(store, DOC_ID),
      currentAnnotations(store, DOC_ID),
      currentAnnotations(store, DOC_ID),
    ]);
    expect(lists.map((list) => list.map((r) => r.id))).toEqual([
      [record.id],
      [record.id],
      [record.id],
    ]);
    expect(await currentAnnotations(store, DOC_ID)).toBe(lists[0]);
    expect(feeds()).toBe(1);
    expect(seen).toEqual([[record.id]]);
    stop();
  });

  it('passes on each change to its followers, and lets the feed go after the last one', async () => {
    const { store, feeds } = countingStore();
    const seen: number[] = [];
    const stop = followAnnotations(store, DOC_ID, (list) => seen.push(list.length));
    await waitFor(() => seen.length === 1);
    await store.saveAnnotation(makeRecord());
    await waitFor(() => seen.length === 2);
    expect(seen).toEqual([0, 1]);
    stop();
    stop();
    await sleep(10);
    await store.saveAnnotation(makeRecord());
    await sleep(10);
    expect(seen).toEqual([0, 1]);
    // A new follower after the feed was let go starts a new one, with the list as it is now.
    expect((await currentAnnotations(store, DOC_ID)).length).toBe(2);
    expect(feeds()).toBe(2);
  });

  describe('seeded with a read made before the store opened', () => {
    it('answers with it first, and the feed’s own read that finds the same adds nothing', async () => {
      const { store } = countingStore();
      const record = await store.saveAnnotation(makeRecord());
      const early = structuredClone([record]);
      const seen: AnnotationRecord[][] = [];
      seedAnnotations(store, DOC_ID, Promise.resolve(early));
      const stop = followAnnotations(store, DOC_ID, (list) => seen.push(list));
      expect(await currentAnnotations(store, DOC_ID)).toBe(early);
      await sleep(20);
      expect(seen).toEqual([early]);
      expect(seen[0]).toBe(early);
      stop();
    });

    it('is corrected by the feed’s own read when the store changed in between', async () => {
      const { store } = countingStore();
      const record = await store.saveAnnotation(makeRecord({ note: 'قبل' }));
      const early = structuredClone([record]);
      await store.saveAnnotation({ ...record, note: 'بعد', modified: '2030-01-01T00:00:00.000Z' });
      const seen: string[] = [];
      seedAnnotations(store, DOC_ID, Promise.resolve(early));
      const stop = followAnnotations(store, DOC_ID, (list) => seen.push(list[0]?.note ?? ''));
      await waitFor(() => seen.length === 2);
      expect(seen).toEqual(['قبل', 'بعد']);
      expect((await currentAnnotations(store, DOC_ID))[0]?.note).toBe('بعد');
      stop();
    });

    it('is dropped when the feed’s own read answered first, or when there was none', async () => {
      const { store } = countingStore();
      await store.saveAnnotation(makeRecord());
      const seen: number[] = [];
      const stop = followAnnotations(store, DOC_ID, (list) => seen.push(list.length));
      await waitFor(() => seen.length === 1);
      seedAnnotations(store, DOC_ID, Promise.resolve([]));
      seedAnnotations(store, DOC_ID, Promise.resolve(null));
      await sleep(20);
      expect(seen).toEqual([1]);
      expect(await currentAnnotations(store, DOC_ID)).toHaveLength(1);
      stop();
    });
  });
});
