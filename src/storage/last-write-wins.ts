import { isIsoTimestamp, type AnnotationRecord } from './annotation-record';

/**
 * Whether `incoming` may replace `stored`: yes unless the stored copy was modified later.
 * An equal `modified` replaces, so two edits within the same millisecond keep the last one.
 */
export function shouldReplace(
  stored: AnnotationRecord | undefined,
  incoming: AnnotationRecord,
): boolean {
  return stored === undefined || incoming.modified >= stored.modified;
}

/**
 * The `modified` stamp for a new edit of a record last modified at `previous` (ISO string or
 * null for a new record): `now`, or 1 ms after `previous` if the clock is behind it, so the
 * edit always wins over the copy it was made from.
 */
export function nextModified(previous: string | null, now: Date = new Date()): string {
  if (previous === null || !isIsoTimestamp(previous)) return now.toISOString();
  const after = Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), after)).toISOString();
}
