import { createAnchorer } from '../anchoring/anchor';
import type { AnchorResult, AnnotationTarget } from '../anchoring/selectors';
import type { AnnotationRecord, PassageRecord } from '../storage/annotation-record';
import { hasPassage } from '../storage/annotation-record';
import { sortAnnotations, type AnnotationSets } from './sort-annotations';

interface Entry {
  record: PassageRecord;
  result: AnchorResult;
}

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
  let cache = new Map<string, Entry>();
  return {
    sort(records) {
      const next = new Map<string, Entry>();
      const fresh: PassageRecord[] = [];
      for (const record of records) {
        // A document-level note has nothing to anchor: sortAnnotations lists it apart.
        if (record.deleted !== null || !hasPassage(record)) continue;
        const cached = cache.get(record.id);
        // The cache hands back the very record object while it is unchanged; a new copy of
        // the same record (another tab's write) keeps its result if it points at the same text.
        // Compared field by field: a JSON key per record cost 20,000 stringifications a load.
        if (
          cached &&
          (cached.record === record ||
            (cached.record.modified === record.modified &&
              sameTarget(cached.record.target, record.target)))
        ) {
          next.set(
            record.id,
            cached.record === record ? cached : { record, result: cached.result },
          );
        } else fresh.push(record);
      }
      // All at once, so the anchorer visits them in text order (records come in id order).
      const results = anchorer.anchorAll(fresh.map((record) => record.target));
      fresh.forEach((record, i) => {
        next.set(record.id, { record, result: results[i] as AnchorResult });
      });
      cache = next;
      return sortAnnotations(records, (record) => (next.get(record.id) as Entry).result);
    },
  };
}

function sameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position?.start === b.position?.start &&
    a.position?.end === b.position?.end
  );
}
