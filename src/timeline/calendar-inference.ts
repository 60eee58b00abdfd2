/** A calendar day, months 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Which occurrence of a month a text means when it names no year. */
export type MonthRelation = 'nearest-past' | 'last' | 'next';

/** Days in `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Parses `YYYY-MM-DD`; null unless it is a real calendar day. */
export function parseIsoDay(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** ISO 8601 text at day, month or year precision. */
export function isoOf(year: number, month?: number, day?: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  let s = pad(year, 4);
  if (month !== undefined) s += `-${pad(month, 2)}`;
  if (day !== undefined) s += `-${pad(day, 2)}`;
  return s;
}

/** 0 = Sunday, as `getUTCDay()`. */
export function weekdayIndex({ year, month, day }: CalendarDay): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCDay();
}

const compare = (a: CalendarDay, b: CalendarDay): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/**
 * The year a month (and day) without a year refers to, seen from the document's date.
 * `nearest-past`: the latest occurrence on or before the document date (a news report tells of
 * what has happened); `last` ("الماضي"): the latest such month strictly before the document's
 * month; `next` ("المقبل"): the first such month strictly after it. With a day, years in which
 * the day does not exist (29 February) are skipped.
 * @returns null when no year within eight of the document's has that day
 */
export function inferYear(
  month: number,
  day: number | null,
  relation: MonthRelation,
  documentDate: CalendarDay,
): number | null {
  const step = relation === 'next' ? 1 : -1;
  let year = documentDate.year;
  if (relation === 'last' && month >= documentDate.month) year -= 1;
  if (relation === 'next' && month <= documentDate.month) year += 1;
  if (relation === 'nearest-past') {
    const probe = { year, month, day: day ?? 1 };
    if (compare(probe, documentDate) > 0) year -= 1;
  }
  // A leap day recurs within eight years; any other day is found at once.
  for (let tries = 0; tries < 8; tries += 1, year += step) {
    if (day === null || day <= daysInMonth(year, month)) return year;
  }
  return null;
}

/** The latest day on or before `documentDate` that falls on `weekday` (0 = Sunday). */
export function latestWeekday(weekday: number, documentDate: CalendarDay): CalendarDay {
  const d = new Date(0);
  d.setUTCFullYear(documentDate.year, documentDate.month - 1, documentDate.day);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - weekday + 7) % 7));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
