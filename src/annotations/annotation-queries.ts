import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { AnnotationStore } from '../storage/annotation-store';
import { useAnnotationStore } from './AnnotationStoreProvider';

/** Every annotation of a document, live and trashed; Dexie is the source, this is the cache. */
export function annotationsQueryOptions(store: AnnotationStore | null, documentId: string) {
  return queryOptions({
    // The store hashes as JSON ({ persistence }), so a fallback to memory is a different cache entry.
    queryKey: ['annotations', documentId, store] as const,
    queryFn: (): Promise<AnnotationRecord[]> =>
      store ? store.listAnnotations(documentId) : Promise.resolve([]),
    enabled: store !== null,
    // Fresh until the change feed or a mutation says otherwise.
    staleTime: Infinity,
  });
}

/** The query key prefix every annotation query of a document shares. */
export function annotationsKey(documentId: string) {
  return ['annotations', documentId] as const;
}

/**
 * The document's annotations from the cache, kept in step with other tabs: the store's change
 * feed (Dexie liveQuery) invalidates the query whenever any tab writes.
 */
export function useAnnotations(documentId: string) {
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!store) return;
    return store.watch(documentId, () => {
      void queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) });
    });
  }, [store, documentId, queryClient]);
  return useQuery(annotationsQueryOptions(store, documentId));
}
