import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTimelineStore } from '../annotations/AnnotationStoreProvider';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import type { TimelineEventChange } from '../storage/timeline-store';
import {
  ownTimelineKey,
  ownTimelineQueryOptions,
  type OwnTimelineData,
} from './own-timeline-query';

/** What the reader can do to a document's own timeline; each resolves once the query is fresh. */
export interface OwnTimelineActions {
  add(record: TimelineEventRecord): Promise<void>;
  edit(id: string, change: TimelineEventChange): Promise<void>;
  remove(id: string): Promise<void>;
  dismiss(proposalId: string): Promise<void>;
}

/**
 * A document's own timeline from the store: its data (null until read) and its writes (null
 * until the store is open). Writes reject with the store's `StorageError`; the caller says so.
 */
export function useOwnTimeline(documentId: string): {
  data: OwnTimelineData | null;
  failed: boolean;
  actions: OwnTimelineActions | null;
} {
  const store = useTimelineStore();
  const queryClient = useQueryClient();
  const query = useQuery(ownTimelineQueryOptions(store, documentId));
  const actions = useMemo((): OwnTimelineActions | null => {
    if (!store) return null;
    const fresh = () => queryClient.invalidateQueries({ queryKey: ownTimelineKey(documentId) });
    return {
      add: async (record) => {
        await store.addEvent(record);
        await fresh();
      },
      edit: async (id, change) => {
        await store.updateEvent(id, change);
        await fresh();
      },
      remove: async (id) => {
        await store.deleteEvent(id);
        await fresh();
      },
      dismiss: async (proposalId) => {
        await store.dismissProposal(documentId, proposalId);
        await fresh();
      },
    };
  }, [store, queryClient, documentId]);
  return { data: query.data ?? null, failed: query.isError, actions };
}
