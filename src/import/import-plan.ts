import type { AnnotationTarget } from '../anchoring/selectors';
import type { ImportRejection } from './import-types';
import type { AnnotationRecord } from '../export/record-contract';

/** What an import would do, shown to the reader before anything is written. */
export interface ImportPlan {
  /** Not stored yet. */
  new: AnnotationRecord[];
  /** Stored, and the file's copy is newer (`modified` later) and different. */
  updated: AnnotationRecord[];
  /** Stored, and the file's copy is the same or older: nothing to do. */
  unchanged: AnnotationRecord[];
  /** Items the file could not give, from parsing. */
  rejected: ImportRejection[];
  counts: { new: number; updated: number; unchanged: number; rejected: number };
}

function sameTarget(a: AnnotationTarget | null, b: AnnotationTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position?.start === b.position?.start &&
    a.position?.end === b.position?.end
  );
}

/** Same content as far as a reader can see (times aside). */
function sameContent(a: AnnotationRecord, b: AnnotationRecord): boolean {
  return (
    a.color === b.color &&
    a.note === b.note &&
    a.deleted === b.deleted &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i]) &&
    sameTarget(a.target, b.target)
  );
}

/**
 * Sorts candidates against what is stored, by id: new ones; updated ones (the file's `modified`
 * is later, ISO strings comparing as times, and something differs); unchanged ones (same or older,
 * or newer but identical, e.g. a quote-only import re-stamped with the import time). A stored
 * record in the trash counts as stored: a newer copy from the file is an update that brings it
 * back. Pure; `rejected` is passed through from parsing.
 */
export function planImport(
  candidates: readonly AnnotationRecord[],
  existing: readonly AnnotationRecord[],
  rejected: readonly ImportRejection[] = [],
): ImportPlan {
  const stored = new Map(existing.map((r) => [r.id, r]));
  const plan: ImportPlan = {
    new: [],
    updated: [],
    unchanged: [],
    rejected: [...rejected],
    counts: { new: 0, updated: 0, unchanged: 0, rejected: rejected.length },
  };
  for (const candidate of candidates) {
    const current = stored.get(candidate.id);
    if (!current) plan.new.push(candidate);
    else if (candidate.modified > current.modified && !sameContent(candidate, current)) {
      plan.updated.push(candidate);
    } else plan.unchanged.push(candidate);
  }
  plan.counts.new = plan.new.length;
  plan.counts.updated = plan.updated.length;
  plan.counts.unchanged = plan.unchanged.length;
  return plan;
}
