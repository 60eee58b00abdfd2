import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { AnnotationStore } from '../storage/annotation-store';
import { applyAction, type AnnotationAction } from './annotation-action';
import { useAnnotationStore } from './AnnotationStoreProvider';
import { currentAnnotations, followAnnotations } from './live-annotations';

/**
 * Every annotation of a document, live and trashed; Dexie is the source, this is the cache. The
 * list comes from the store's change feed (its read is the only one at start-up), never from
 * a read of its own.
 */
export function annotationsQueryOptions(store: AnnotationStore | null, documentId: string) {
  return queryOptions({
    // The store hashes as JSON ({ persistence }), so a fallback to memory is a different cache entry.
    queryKey: ['annotations', documentId, store] as const,
    queryFn: (): Promise<AnnotationRecord[]> =>
      store ? currentAnnotations(store, documentId) : Promise.resolve([]),
    enabled: store !== null,
    // Fresh until the change feed or a mutation says otherwise.
    staleTime: Infinity,
  });
}

/** The query key prefix every annotation query of a document shares (and its mutations' key). */
export function annotationsKey(documentId: string) {
  return ['annotations', documentId] as const;
}

/** What each annotation mutation carries: the change the cache shows before it is stored. */
export interface PendingChange {
  action: AnnotationAction;
}

/**
 * The stored list with the changes still on their way to storage laid over it, so a delivery
 * of the feed (a write of another tab, or an earlier write of this one) does not hide them.
 */
function withPending(
  queryClient: QueryClient,
  documentId: string,
  records: AnnotationRecord[],
): AnnotationRecord[] {
  const pending = queryClient
    .getMutationCache()
    .findAll({ mutationKey: annotationsKey(documentId), status: 'pending' });
  const now = new Date().toISOString();
  return pending.reduce((list, mutation) => {
    const change = mutation.state.variables as PendingChange | undefined;
    return change ? applyAction(list, change.action, now) : list;
  }, records);
}

/**
 * The document's annotations from the cache, kept in step with other tabs: each list the
 * store's change feed (Dexie liveQuery) delivers after any tab writes goes into the cache.
 */
export function useAnnotations(documentId: string) {
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!store) return;
    const { queryKey } = annotationsQueryOptions(store, documentId);
    return followAnnotations(store, documentId, (records) =>
      queryClient.setQueryData(queryKey, withPending(queryClient, documentId, records)),
    );
  }, [store, documentId, queryClient]);
  return useQuery(annotationsQueryOptions(store, documentId));
}
