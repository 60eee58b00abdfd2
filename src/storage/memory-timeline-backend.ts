import type { RepositoryOptions } from './repository';
import { toStorageError } from './storage-error';
import type { DismissedProposal, TimelineEventRecord } from './timeline-event-record';
import { createTimelineRepository } from './timeline-repository';
import type { TimelineBackend, TimelineTx } from './timeline-store';
import type { TimelineStore } from './timeline-store';

const dismissedKey = (documentId: string, proposalId: string) =>
  JSON.stringify([documentId, proposalId]);

function createMemoryTimelineBackend(): TimelineBackend {
  const events = new Map<string, TimelineEventRecord>();
  const dismissed = new Map<string, DismissedProposal>();
  // One transaction at a time, like IndexedDB's readwrite transactions.
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(work: (tx: TimelineTx) => Promise<T>): Promise<T> {
    // Writes are staged and land only when `work` resolves: a throw leaves nothing behind.
    const stagedEvents = new Map<string, TimelineEventRecord | null>(events);
    const stagedDismissed = new Map<string, DismissedProposal | null>(dismissed);
    const live = <V>(map: Map<string, V | null>) =>
      [...map.values()].filter((v): v is V => v !== null).map((v) => structuredClone(v));
    const result = await work({
      listEvents: async (documentId) =>
        live(stagedEvents).filter((e) => e.documentId === documentId),
      getEvent: async (id) => structuredClone(stagedEvents.get(id) ?? undefined),
      putEvent: async (record) => void stagedEvents.set(record.id, structuredClone(record)),
      removeEvent: async (id) => void stagedEvents.set(id, null),
      listDismissed: async (documentId) =>
        live(stagedDismissed).filter((d) => d.documentId === documentId),
      getDismissed: async (documentId, proposalId) =>
        structuredClone(stagedDismissed.get(dismissedKey(documentId, proposalId)) ?? undefined),
      putDismissed: async (row) =>
        void stagedDismissed.set(dismissedKey(row.documentId, row.proposalId), { ...row }),
      removeDismissed: async (documentId, proposalId) =>
        void stagedDismissed.set(dismissedKey(documentId, proposalId), null),
    });
    for (const [id, row] of stagedEvents) {
      if (row === null) events.delete(id);
      else events.set(id, row);
    }
    for (const [key, row] of stagedDismissed) {
      if (row === null) dismissed.delete(key);
      else dismissed.set(key, row);
    }
    return result;
  }

  return {
    transact(_mode, work) {
      const result = queue.then(() => run(work));
      queue = result.catch(() => undefined);
      return result.catch((error: unknown) => {
        throw toStorageError(error);
      });
    },
  };
}

/**
 * The timeline kept in this tab's memory, for when IndexedDB is unavailable: the same rules as
 * on IndexedDB; nothing survives the tab.
 */
export function createMemoryTimelineStore(options: RepositoryOptions = {}): TimelineStore {
  return createTimelineRepository(createMemoryTimelineBackend(), options);
}
