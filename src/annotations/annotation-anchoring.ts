import { createAnchorer } from '../anchoring/anchor';
import type { AnchorResult } from '../anchoring/selectors';
import type { AnnotationRecord } from '../storage/annotation-record';
import { sortAnnotations, type AnnotationSets } from './sort-annotations';

interface Entry {
  key: string;
  record: AnnotationRecord;
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
      const fresh: { key: string; record: AnnotationRecord }[] = [];
      for (const record of records) {
        if (record.deleted !== null) continue;
        const cached = cache.get(record.id);
        // The cache hands back the very record object while it is unchanged: no key to build.
        if (cached?.record === record) {
          next.set(record.id, cached);
          continue;
        }
        const key = `${record.modified}|${JSON.stringify(record.target)}`;
        if (cached?.key === key) next.set(record.id, { ...cached, record });
        else fresh.push({ key, record });
      }
      // All at once, so the anchorer visits them in text order (records come in id order).
      const results = anchorer.anchorAll(fresh.map(({ record }) => record.target));
      fresh.forEach(({ key, record }, i) => {
        next.set(record.id, { key, record, result: results[i] as AnchorResult });
      });
      cache = next;
      return sortAnnotations(records, (record) => (next.get(record.id) as Entry).result);
    },
  };
}
