import type {
  DismissedProposal,
  StoredEventDate,
  TimelineEventRecord,
} from './timeline-event-record';

/** What the reader may change of a stored event. */
export interface TimelineEventChange {
  title?: string;
  date?: StoredEventDate | null;
}

/**
 * A document's own timeline: the events the reader accepted or added, and the proposals they
 * dismissed. Every method is async and rejects only with a `StorageError`.
 */
export interface TimelineStore {
  /** The document's events, in no particular order. */
  listEvents(documentId: string): Promise<TimelineEventRecord[]>;
  /**
   * Stores a new event (`invalid` when malformed or its id is taken). A proposal accepted is
   * no longer dismissed. Resolves with the event as stored.
   */
  addEvent(record: TimelineEventRecord): Promise<TimelineEventRecord>;
  /** Changes an event's title or date, stamping `modified`; null when there is no such event. */
  updateEvent(id: string, change: TimelineEventChange): Promise<TimelineEventRecord | null>;
  /** Deletes an event for good; false when there was none. */
  deleteEvent(id: string): Promise<boolean>;
  /** The ids of the document's dismissed proposals. */
  listDismissed(documentId: string): Promise<DismissedProposal[]>;
  /** Dismisses a proposal of the document; dismissing it again changes nothing. */
  dismissProposal(documentId: string, proposalId: string): Promise<DismissedProposal>;
  /** Proposes it again; false when it was not dismissed. */
  restoreProposal(documentId: string, proposalId: string): Promise<boolean>;
  /**
   * Calls `onChange` once on subscribing, then after every change to the document's events or
   * dismissed proposals, whoever made it (another tab too). Engines that live in one tab do
   * not call it: their writes are this tab's own. Returns the unsubscribe.
   */
  watch(documentId: string, onChange: () => void): () => void;
}

/** Reads and writes of the timeline inside one transaction. */
export interface TimelineTx {
  listEvents(documentId: string): Promise<TimelineEventRecord[]>;
  getEvent(id: string): Promise<TimelineEventRecord | undefined>;
  putEvent(record: TimelineEventRecord): Promise<void>;
  removeEvent(id: string): Promise<void>;
  listDismissed(documentId: string): Promise<DismissedProposal[]>;
  getDismissed(documentId: string, proposalId: string): Promise<DismissedProposal | undefined>;
  putDismissed(row: DismissedProposal): Promise<void>;
  removeDismissed(documentId: string, proposalId: string): Promise<void>;
}

/** What a storage engine gives the timeline repository. */
export interface TimelineBackend {
  /** Runs `work` in one transaction: all of its writes land, or none. Rejects with StorageError. */
  transact<T>(mode: 'r' | 'rw', work: (tx: TimelineTx) => Promise<T>): Promise<T>;
  /** See {@link TimelineStore.watch}; engines that live in one tab have nothing to watch. */
  watch?(documentId: string, onChange: () => void): () => void;
}
