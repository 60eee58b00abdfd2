import type { AnnotationRecord } from './annotation-record';

/** `Date#toISOString` output: fixed width, UTC, so two of them compare correctly as strings. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for a string exactly as `Date#toISOString` writes it, naming a real instant. */
export function isIsoTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ISO_TIMESTAMP.test(value) &&
    new Date(value).toISOString() === value
  );
}

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
