import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useStoreState } from '../annotations/AnnotationStoreProvider';
import type { OpenedStore } from '../storage/open-store';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import type { TimelineEventChange, TimelineStore } from '../storage/timeline-store';
import {
  ownTimelineKey,
  ownTimelineQueryOptions,
  type OwnTimelineData,
} from './own-timeline-query';

/**
 * A document's own timeline store once the store is open, else null. Its code loads with the
 * first document timeline shown (here, not beside the store's, which every first visit loads);
 * a failure to load leaves it null.
 */
export function useTimelineStore(): TimelineStore | null {
  const state = useStoreState();
  const open = state.status === 'ready' ? state.openTimeline : null;
  const [timeline, setTimeline] = useState<{
    open: NonNullable<OpenedStore['openTimeline']>;
    store: TimelineStore;
  } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    import('../storage/timeline-store-makers').then(
      ({ timelineStoreMakers }) => live && setTimeline({ open, store: open(timelineStoreMakers) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [open]);
  return timeline && timeline.open === open ? timeline.store : null;
}

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
  // Another tab's accept, edit or dismiss shows here too.
  useEffect(() => {
    if (!store) return;
    return store.watch(documentId, () => {
      void queryClient.invalidateQueries({ queryKey: ownTimelineKey(documentId) });
    });
  }, [store, queryClient, documentId]);
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
