import { nextModified } from './last-write-wins';
import type { RepositoryOptions } from './repository';
import { StorageError } from './storage-error';
import { normalizeTimelineEvent } from './timeline-event-record';
import type { TimelineBackend, TimelineStore } from './timeline-store';

/**
 * The timeline repository over any backend: validation, `modified` stamps and the link between
 * accepting and dismissing live here once for every engine.
 */
export function createTimelineRepository(
  backend: TimelineBackend,
  options: RepositoryOptions = {},
): TimelineStore {
  const now = options.now ?? (() => new Date());
  return {
    listEvents: (documentId) => backend.transact('r', (tx) => tx.listEvents(documentId)),

    watch: (documentId, onChange) => backend.watch?.(documentId, onChange) ?? (() => undefined),

    async addEvent(record) {
      // Checked before the transaction: a bad record never half-writes.
      const event = normalizeTimelineEvent(record);
      return backend.transact('rw', async (tx) => {
        if (await tx.getEvent(event.id)) {
          throw new StorageError('invalid', `timeline event ${event.id} exists`);
        }
        await tx.putEvent(event);
        if (event.proposalId !== null) await tx.removeDismissed(event.documentId, event.proposalId);
        return event;
      });
    },

    updateEvent: (id, change) =>
      backend.transact('rw', async (tx) => {
        const stored = await tx.getEvent(id);
        if (!stored) return null;
        const next = normalizeTimelineEvent({
          ...stored,
          ...change,
          modified: nextModified(stored.modified, now()),
        });
        await tx.putEvent(next);
        return next;
      }),

    deleteEvent: (id) =>
      backend.transact('rw', async (tx) => {
        if (!(await tx.getEvent(id))) return false;
        await tx.removeEvent(id);
        return true;
      }),

    listDismissed: (documentId) => backend.transact('r', (tx) => tx.listDismissed(documentId)),

    dismissProposal(documentId, proposalId) {
      if (!documentId || !proposalId) {
        return Promise.reject(new StorageError('invalid', 'dismissed proposal without ids'));
      }
      return backend.transact('rw', async (tx) => {
        const stored = await tx.getDismissed(documentId, proposalId);
        if (stored) return stored;
        const row = { documentId, proposalId, dismissed: now().toISOString() };
        await tx.putDismissed(row);
        return row;
      });
    },

    restoreProposal: (documentId, proposalId) =>
      backend.transact('rw', async (tx) => {
        if (!(await tx.getDismissed(documentId, proposalId))) return false;
        await tx.removeDismissed(documentId, proposalId);
        return true;
      }),
  };
}
