import { describe, expect, it } from 'vitest';
import type { StoreState } from '../../../src/annotations/AnnotationStoreProvider';
import { hasStorageProblem } from '../../../src/app/storage-problem';
import type { AnnotationStore } from '../../../src/storage/annotation-store';

const store = (persistence: 'indexeddb' | 'memory') => ({ persistence }) as AnnotationStore;
const ready = (persistence: 'indexeddb' | 'memory', outdated = false): StoreState => ({
  status: 'ready',
  store: store(persistence),
  openDocuments: null,
  openTimeline: null,
  fallbackReason: persistence === 'memory' ? 'unavailable' : null,
  fresh: persistence === 'memory',
  outdated,
});

describe('hasStorageProblem: when the storage banner loads', () => {
  it.each<[string, StoreState, boolean]>([
    ['opening', { status: 'opening', blocked: false }, false],
    ['held up by another tab', { status: 'opening', blocked: true }, true],
    ['failed', { status: 'failed', code: 'unknown' }, true],
    ['outdated by a newer version', { status: 'failed', code: 'version-change' }, true],
    ['on IndexedDB', ready('indexeddb'), false],
    ['on IndexedDB, a newer version open elsewhere', ready('indexeddb', true), true],
    ['in memory only', ready('memory'), true],
  ])('%s', (_, state, expected) => {
    expect(hasStorageProblem(state)).toBe(expected);
  });
});
