import type { AnchorResult } from '../anchoring/selectors';
import type { AnnotationRecord, PassageRecord } from '../storage/annotation-record';
import { hasPassage } from '../storage/annotation-record';

/** A live annotation and where its quote is in the current text. */
export interface AnchoredAnnotation {
  record: PassageRecord;
  start: number;
  end: number;
}

/** A document's annotations, sorted the way the reader sees them. */
export interface AnnotationSets {
  /** Live notes on the whole document (no text target), oldest first: never anchored. */
  documentNotes: AnnotationRecord[];
  /** Live and found in the text, in reading order (start, then end, then created). */
  anchored: AnchoredAnnotation[];
  /** Live but their quote is no longer in the text: listed as "Unanchored", never dropped. */
  orphans: AnnotationRecord[];
  /** In the trash, most recently deleted first. */
  trash: AnnotationRecord[];
}

/**
 * Anchors every live annotation of a passage and sorts all of them into document-level notes
 * (no target: about the whole document, so neither anchored nor orphaned), anchored, orphans
 * and trash.
 * @param anchor anchors one record of a passage (callers cache by id + modified)
 */
export function sortAnnotations(
  records: readonly AnnotationRecord[],
  anchor: (record: PassageRecord) => AnchorResult,
): AnnotationSets {
  const sets: AnnotationSets = { documentNotes: [], anchored: [], orphans: [], trash: [] };
  for (const record of records) {
    if (record.deleted !== null) {
      sets.trash.push(record);
      continue;
    }
    if (!hasPassage(record)) {
      sets.documentNotes.push(record);
      continue;
    }
    const result = anchor(record);
    if (result.status === 'orphan') sets.orphans.push(record);
    else sets.anchored.push({ record, start: result.start, end: result.end });
  }
  sets.anchored.sort(
    (a, b) => a.start - b.start || a.end - b.end || compare(a.record.created, b.record.created),
  );
  sets.documentNotes.sort((a, b) => compare(a.created, b.created));
  sets.orphans.sort((a, b) => compare(a.created, b.created));
  sets.trash.sort((a, b) => compare(b.deleted ?? '', a.deleted ?? ''));
  return sets;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
