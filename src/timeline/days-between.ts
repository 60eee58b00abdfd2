import type { EventDate } from './timeline-schema';

const MS_PER_DAY = 86_400_000;

/**
 * Whole days from `a` to `b` (positive when `b` is later), for "5 days later" between events.
 * Counts calendar days in UTC, so no daylight-saving hour can shift the result.
 * @returns `null` unless both dates are known to the day: a month or a year is no point in time.
 */
export function daysBetween(a: EventDate, b: EventDate): number | null {
  if (a.precision !== 'day' || b.precision !== 'day') return null;
  return Math.round((dayNumber(b.value) - dayNumber(a.value)) / MS_PER_DAY);
}

function dayNumber(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}
