import { createAnchorer } from '../anchoring/anchor';
import type { AnchorResult } from '../anchoring/selectors';
import type { AnnotationRecord } from '../storage/annotation-record';
import { sortAnnotations, type AnnotationSets } from './sort-annotations';

/** Sorts a document's annotations, re-anchoring only records that changed since the last call. */
export interface AnnotationAnchoring {
  sort(records: readonly AnnotationRecord[]): AnnotationSets;
}

/**
 * Anchors annotations in one text with a memo per record (id + modified + target): an edit
 * re-anchors the edited annotation only; records no longer present are forgotten.
 */
export function createAnnotationAnchoring(text: string): AnnotationAnchoring {
  const anchorer = createAnchorer(text);
  let cache = new Map<string, { key: string; result: AnchorResult }>();
  return {
    sort(records) {
      const next = new Map<string, { key: string; result: AnchorResult }>();
      const sets = sortAnnotations(records, (record) => {
        const key = `${record.modified}|${JSON.stringify(record.target)}`;
        const cached = cache.get(record.id);
        const entry =
          cached?.key === key ? cached : { key, result: anchorer.anchor(record.target) };
        next.set(record.id, entry);
        return entry.result;
      });
      cache = next;
      return sets;
    },
  };
}
