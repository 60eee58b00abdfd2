import type { StoreState } from '../annotations/AnnotationStoreProvider';

/**
 * True when the reader's notes are not safe and the storage banner has something to say: the
 * store held up by another tab, failed, outdated by a newer version, or in memory only.
 */
export function hasStorageProblem(state: StoreState): boolean {
  if (state.status === 'opening') return state.blocked;
  if (state.status === 'failed') return true;
  return state.outdated || state.store.persistence === 'memory';
}
