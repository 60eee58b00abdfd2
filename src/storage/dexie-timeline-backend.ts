import type { liveFeed } from './change-feed';
import type { QariDb } from './db';
import type { RepositoryOptions } from './repository';
import { toStorageError } from './storage-error';
import type { DismissedProposal, TimelineEventRecord } from './timeline-event-record';
import { createTimelineRepository } from './timeline-repository';
import type { TimelineBackend, TimelineStore } from './timeline-store';

function createDexieTimelineBackend(db: QariDb, live?: typeof liveFeed): TimelineBackend {
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
      // Once on subscribing (a write between the caller's read and now is not missed), then on
      // every write to these ranges from any tab.
      const read = () =>
        Promise.all([
          db.timelineEvents.where('documentId').equals(documentId).toArray(),
          db.dismissedProposals.where('documentId').equals(documentId).toArray(),
        ]);
      return live ? live(read, onChange) : () => undefined;
    },
  };
}

/**
 * The timeline's repository on the store's IndexedDB database (the same connection).
 * @param live the store chunk's {@link liveFeed}, for `watch`; without it nothing is watched
 */
export function createDexieTimelineStore(
  db: QariDb,
  options: RepositoryOptions = {},
  live?: typeof liveFeed,
): TimelineStore {
  return createTimelineRepository(createDexieTimelineBackend(db, live), options);
}
