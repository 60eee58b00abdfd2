import type { AnnotationStore } from '../storage/annotation-store';

/** Query for every live annotation of the library: one read of the store. */
export function allNotesQueryOptions(store: AnnotationStore | null) {
  return {
    queryKey: ['all-notes', store] as const,
    queryFn: () =>
      store ? store.listLiveAnnotations() : Promise.reject(new Error('store not open')),
    enabled: store !== null,
  };
}
