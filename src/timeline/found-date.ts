import type { CalendarDay } from './calendar-inference';
import { isoOf } from './calendar-inference';
import type { HijriCalendar } from './hijri-calendar';
import type { DatePrecision, EventDate } from './timeline-schema';

/** A relative date as written, for the UI to word ("yesterday", "last week"). */
export type RelativeDate =
  | 'day-before-yesterday'
  | 'yesterday'
  | 'today'
  | 'tomorrow'
  | 'last-week'
  | 'this-week'
  | 'next-week'
  | 'last-month'
  | 'this-month'
  | 'next-month'
  | 'last-year'
  | 'this-year'
  | 'next-year';

/** A Hijri date as the text writes it, and which calendar gave its Gregorian equivalent. */
export interface HijriDate {
  /** ISO-like Hijri date at `precision`: `1445-09-15`, `1445-09`, `1445`. */
  value: string;
  precision: DatePrecision;
  calendar: HijriCalendar;
}

/**
 * A date expression found in a document's text, resolved: what a timeline proposal is made of.
 * `date` is Gregorian (the timeline sorts and measures gaps with it); for a Hijri month or year
 * it is the Gregorian month or year in which that Hijri period begins.
 */
export interface FoundDate {
  /** UTF-16 offset of the expression's first character in the text searched. */
  start: number;
  /** UTF-16 offset just past its last character. */
  end: number;
  /** Null for a relative date that names no day, month or year ("last week"). */
  date: EventDate | null;
  /** Last day of a range ("from 2 to 5 January"), else null. */
  until: EventDate | null;
  /** The Hijri date as written, when the text wrote one. */
  hijri: HijriDate | null;
  /** The relative expression written ("yesterday"), when the date was one. */
  relative: RelativeDate | null;
}

/** An {@link EventDate} at day precision. */
export const dayDate = (d: CalendarDay): EventDate => ({
  value: isoOf(d.year, d.month, d.day),
  precision: 'day',
});

/** The {@link CalendarDay} `days` after `d` (before it when negative). */
export function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day + days);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A found date with no range, Hijri date or relative wording. */
export const plainFound = (start: number, end: number, date: EventDate): FoundDate => ({
  start,
  end,
  date,
  until: null,
  hijri: null,
  relative: null,
});
