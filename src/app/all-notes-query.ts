import type { AnnotationStore } from '../storage/annotation-store';

/**
 * The annotations the all-notes view shows before it has read them all: more than a tall
 * screen's cards, a read of a few milliseconds.
 */
export const FIRST_SCREEN_NOTES = 60;

/** Query for every live annotation of the library: one read of the store. */
export function allNotesQueryOptions(store: AnnotationStore | null) {
  return {
    queryKey: ['all-notes', store] as const,
    queryFn: () =>
      store ? store.listLiveAnnotations() : Promise.reject(new Error('store not open')),
    enabled: store !== null,
  };
}

/**
 * Query for the newest live annotations, the view's first screen, read by the `created` index
 * ahead of the whole list (10,000 annotations take a few hundred milliseconds to read).
 */
export function newestNotesQueryOptions(store: AnnotationStore | null) {
  return {
    queryKey: ['all-notes', store, 'newest'] as const,
    queryFn: () =>
      store
        ? store.listNewestLiveAnnotations(FIRST_SCREEN_NOTES)
        : Promise.reject(new Error('store not open')),
    enabled: store !== null,
  };
}
