import type { AnnotationRecord } from '../storage/annotation-record';

/** The notes list's filters; an absent field does not filter. */
export interface AnnotationFilter {
  color?: string;
  tag?: string;
  /** Ids allowed by another filter (a timeline event, a search); absent means all. */
  ids?: ReadonlySet<string>;
}

/** True when the record passes every filter that is set. */
export function matchesFilter(record: AnnotationRecord, filter: AnnotationFilter): boolean {
  if (filter.color && record.color !== filter.color) return false;
  if (filter.tag && !record.tags.includes(filter.tag)) return false;
  if (filter.ids && !filter.ids.has(record.id)) return false;
  return true;
}

/** Every tag used by the records, sorted for display in `locale`. */
export function allTags(records: readonly AnnotationRecord[], locale: string): string[] {
  const tags = new Set(records.flatMap((r) => r.tags));
  return [...tags].sort(new Intl.Collator(locale).compare);
}
