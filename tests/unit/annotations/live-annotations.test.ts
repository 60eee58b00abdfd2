import { describe, expect, it } from 'vitest';
import { currentAnnotations, followAnnotations } from '../../../src/annotations/live-annotations';
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
});
