import { daysBetween } from './days-between';
import type { EventDate } from './timeline-schema';

/**
 * Whole days between each event and the closest dated event before it in the list, for
 * "5 days later" labels. Undated events are skipped over (they keep their narrative place but
 * carry no date to measure from).
 * @returns one entry per event: null for undated events, for the first dated one, and when
 *   either date is known only to the month or year; negative when the narrative goes back in time
 */
export function gapsBefore(events: readonly { date: EventDate | null }[]): (number | null)[] {
  let previous: EventDate | null = null;
  return events.map(({ date }) => {
    if (!date) return null;
    const gap = previous ? daysBetween(previous, date) : null;
    previous = date;
    return gap;
  });
}
