import type { ReadingPosition } from '../document/reading-position';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { DismissedProposal, TimelineEventRecord } from '../storage/timeline-event-record';
import type { BackupDocument, LibraryRow, UnanchoredInBackup } from './library-backup-format';
import type { ParsedBackup } from './parse-library-backup';

/** What the library holds now, as far as merging needs it. */
export interface LibraryState {
  documents: readonly LibraryRow[];
  annotations: readonly Pick<AnnotationRecord, 'id' | 'modified'>[];
  events: readonly Pick<TimelineEventRecord, 'id' | 'modified'>[];
  dismissed: readonly Pick<DismissedProposal, 'documentId' | 'proposalId'>[];
  /** Document ids that have a stored reading position. */
  positioned: readonly string[];
}

/** What a restore will do: each thing in the file is added, updated, or left alone. */
export interface RestorePlan {
  documents: { add: BackupDocument[]; update: BackupDocument[]; keep: string[] };
  annotations: { add: AnnotationRecord[]; update: AnnotationRecord[]; keep: string[] };
  events: { add: TimelineEventRecord[]; update: TimelineEventRecord[]; keep: string[] };
  /** Dismissals not in the library yet (those already here are left as they are). */
  dismissed: DismissedProposal[];
  /** Positions of documents that have none here; a stored position is never replaced. */
  positions: Record<string, ReadingPosition>;
  /** Annotations and events of the file that will be Unanchored (kept, never dropped). */
  unanchored: UnanchoredInBackup[];
}

/** When a document's row was last edited: its metadata's `modified`; null for bundled ones. */
const editedAt = (row: LibraryRow) => row.meta?.modified ?? null;

/**
 * Merges a parsed backup into the library's current state. Nothing in the library is lost: a
 * document, annotation or timeline event only in the library is not touched; one only in the
 * file is added; one in both is updated only when the file's copy has a later `modified` (metadata's
 * `modified` for documents; a bundled document's row, which has none, is never updated). A
 * dismissal is added when the library lacks it. Pure; never throws.
 */
export function planRestore(backup: ParsedBackup, library: LibraryState): RestorePlan {
  const rows = new Map(library.documents.map((row) => [row.id, row]));
  const documents: RestorePlan['documents'] = { add: [], update: [], keep: [] };
  for (const doc of backup.documents) {
    const here = rows.get(doc.id);
    if (!here) documents.add.push(doc);
    else if (isNewer(editedAt(doc), editedAt(here))) documents.update.push(doc);
    else documents.keep.push(doc.id);
  }
  const annotations = byModified(backup.annotations, library.annotations);
  const events = byModified(backup.events, library.events);
  const dismissedHere = new Set(library.dismissed.map((d) => dismissedKey(d)));
  const dismissed = backup.dismissed.filter((d) => !dismissedHere.has(dismissedKey(d)));
  const positioned = new Set(library.positioned);
  const positions: Record<string, ReadingPosition> = {};
  for (const [id, position] of Object.entries(backup.positions)) {
    if (!positioned.has(id)) positions[id] = position;
  }
  return { documents, annotations, events, dismissed, positions, unanchored: backup.unanchored };
}

/** Each of `theirs` added when absent here, updated when its `modified` is later, else kept. */
function byModified<T extends { id: string; modified: string }>(
  theirs: readonly T[],
  ours: readonly Pick<T, 'id' | 'modified'>[],
): { add: T[]; update: T[]; keep: string[] } {
  const stored = new Map(ours.map((a) => [a.id, a.modified]));
  const plan: { add: T[]; update: T[]; keep: string[] } = { add: [], update: [], keep: [] };
  for (const record of theirs) {
    const modified = stored.get(record.id);
    if (modified === undefined) plan.add.push(record);
    else if (record.modified > modified) plan.update.push(record);
    else plan.keep.push(record.id);
  }
  return plan;
}

const dismissedKey = (d: Pick<DismissedProposal, 'documentId' | 'proposalId'>) =>
  JSON.stringify([d.documentId, d.proposalId]);

/** Timestamps compare as strings (`Date#toISOString`); a missing one is never newer. */
function isNewer(theirs: string | null, ours: string | null): boolean {
  return theirs !== null && (ours === null || theirs > ours);
}
