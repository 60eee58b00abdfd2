import { queryOptions } from '@tanstack/react-query';
import type { DismissedProposal, TimelineEventRecord } from '../storage/timeline-event-record';
import type { TimelineStore } from '../storage/timeline-store';

/** A document's own timeline as stored: its events and its dismissed proposals. */
export interface OwnTimelineData {
  events: TimelineEventRecord[];
  dismissed: DismissedProposal[];
}

/** Query key of a document's own timeline; every write to it invalidates this key. */
export function ownTimelineKey(documentId: string) {
  return ['own-timeline', documentId] as const;
}

/** Query for a document's own timeline, read in one go; disabled until the store is open. */
export function ownTimelineQueryOptions(store: TimelineStore | null, documentId: string) {
  return queryOptions({
    // The store hashes as JSON (no data fields), so the key stays the same across its states.
    queryKey: [...ownTimelineKey(documentId), store] as const,
    queryFn: async (): Promise<OwnTimelineData> => {
      if (!store) throw new Error('store not open');
      const [events, dismissed] = await Promise.all([
        store.listEvents(documentId),
        store.listDismissed(documentId),
      ]);
      return { events, dismissed };
    },
    enabled: store !== null,
  });
}
