import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { AnnotationRecord, HighlightColor } from '../../../src/storage/annotation-record';
import type { AnnotationStore } from '../../../src/storage/annotation-store';
import type { IndexedDbDeps } from '../../../src/storage/db';
import type { StorageError } from '../../../src/storage/storage-error';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { createMemoryStore } from '../../../src/storage/memory-backend';
import { seedArticle } from '../../seed-article';

/**
 * A fresh, empty IndexedDB: one per test, so no state leaks between tests. There is no global
 * indexedDB in these tests (Node has none): QariDb hands its factory to Dexie's liveQuery.
 */
export function freshDeps(): IndexedDbDeps {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/**
 * A database name no other test uses. Dexie's change notifications are keyed by database name
 * only (not by factory) and cross threads via BroadcastChannel, so a shared name would let
 * another test's writes wake this test's watchers.
 */
export const uniqueName = () => `qari-test-${crypto.randomUUID()}`;

/** A fixed clock for deletes and restores: 2024-01-01T00:00:00.000Z plus `ms`. */
export const fixedNow =
  (ms = 0) =>
  () =>
    new Date(Date.UTC(2024, 0, 1) + ms);

const article = seedArticle();

/** Phrases of the real article, used as highlight quotes. */
export const PHRASES = [
  'منظمة معاهدة الأمن الجماعي',
  'ستانيسلاف زاس',
  'النشاط العسكري لحلف الناتو',
  'بيلاروسيا وروسيا',
] as const;

/**
 * A valid annotation on the real article, quoting `phrase` at its first occurrence, with a
 * new random id unless `overrides` sets one.
 */
export function makeRecord(
  overrides: Partial<AnnotationRecord> = {},
  phrase: string = PHRASES[0],
): AnnotationRecord {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in the article: ${phrase}`);
  const end = start + phrase.length;
  return {
    id: crypto.randomUUID(),
    documentId: article.meta.id,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: phrase,
        prefix: article.text.slice(Math.max(0, start - 32), start),
        suffix: article.text.slice(end, end + 32),
      },
      position: { type: 'TextPositionSelector', start, end },
    },
    color: 'yellow' satisfies HighlightColor,
    note: '',
    tags: [],
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    deleted: null,
    ...overrides,
  };
}

/** The real article's document id. */
export const DOC_ID = article.meta.id;

/** The two store kinds every repository test runs against, each made fresh per call. */
export const storeKinds: [kind: string, make: (now?: () => Date) => AnnotationStore][] = [
  [
    'indexeddb',
    (now = fixedNow()) =>
      createDexieStore(new QariDb({ name: uniqueName(), deps: freshDeps() }), { now }),
  ],
  ['memory', (now = fixedNow()) => createMemoryStore({ now })],
];

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` is true, polling every 5 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 1000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/** The error a storage call rejects with; throws when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    return error as StorageError;
  }
  throw new Error('expected a rejection');
}
