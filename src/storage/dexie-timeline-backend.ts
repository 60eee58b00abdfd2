import { liveQuery } from 'dexie';
import type { QariDb } from './db';
import type { RepositoryOptions } from './repository';
import { toStorageError } from './storage-error';
import type { DismissedProposal, TimelineEventRecord } from './timeline-event-record';
import { createTimelineRepository } from './timeline-repository';
import type { TimelineBackend, TimelineStore } from './timeline-store';

function createDexieTimelineBackend(db: QariDb): TimelineBackend {
  return {
    async transact(mode, work) {
      try {
        return await db.transaction(mode, [db.timelineEvents, db.dismissedProposals], (trans) => {
          const events = trans.table<TimelineEventRecord, string>('timelineEvents');
          const dismissed = trans.table<DismissedProposal, [string, string]>('dismissedProposals');
          return work({
            listEvents: (documentId) => events.where('documentId').equals(documentId).toArray(),
            getEvent: (id) => events.get(id),
            async putEvent(record) {
              await events.put(record);
            },
            removeEvent: (id) => events.delete(id),
            listDismissed: (documentId) =>
              dismissed.where('documentId').equals(documentId).toArray(),
            getDismissed: (documentId, proposalId) => dismissed.get([documentId, proposalId]),
            async putDismissed(row) {
              await dismissed.put(row);
            },
            removeDismissed: (documentId, proposalId) => dismissed.delete([documentId, proposalId]),
          });
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
    watch(documentId, onChange) {
      // liveQuery re-runs when a write from any tab (Dexie's BroadcastChannel) touches these
      // ranges. Its first result (the state at subscribing) is passed on too: a write between
      // the caller's read and the subscription is not missed.
      const subscription = liveQuery(() =>
        Promise.all([
          db.timelineEvents.where('documentId').equals(documentId).toArray(),
          db.dismissedProposals.where('documentId').equals(documentId).toArray(),
        ]),
      ).subscribe({
        next: () => onChange(),
        // A closed database (version change) just stops the feed, as the annotations' does.
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
  };
}

/** The timeline's repository on the store's IndexedDB database (the same connection). */
export function createDexieTimelineStore(
  db: QariDb,
  options: RepositoryOptions = {},
): TimelineStore {
  return createTimelineRepository(createDexieTimelineBackend(db), options);
}
