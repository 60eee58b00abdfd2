import type { TimelineEventRecord } from '../storage/timeline-event-record';

/**
 * A document's own timeline events in timeline order: by date (a year or month before the days
 * in it), undated last, then by their place in the text, then by creation. Pure.
 */
export function exportableEvents(
  events: readonly TimelineEventRecord[] | undefined,
): TimelineEventRecord[] {
  return [...(events ?? [])].sort((a, b) => {
    const da = a.date?.value;
    const db = b.date?.value;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    }
    const pa = a.target.position?.start ?? Infinity;
    const pb = b.target.position?.start ?? Infinity;
    if (pa !== pb) return pa < pb ? -1 : 1;
    return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
  });
}

/**
 * An event's date as the export writes it: the ISO value, and a Hijri date's words as the
 * text wrote them after it ("2024-03-25 (15 رمضان 1445هـ)"); null when undated.
 */
export function eventDateText(event: TimelineEventRecord): string | null {
  const { date } = event;
  if (!date) return null;
  return date.calendar === 'hijri' ? `${date.value} (${date.original})` : date.value;
}
