import { daysInMonth, parseIsoDay } from './calendar-inference';
import { EN_MONTH, englishMonthNumber } from './english-calendar-words';
import type { FoundDate } from './found-date';
import { dayDate } from './found-date';

const ORD = '(?:st|nd|rd|th)?';
const RANGE_BEFORE = new RegExp(
  `(?:\\b(?:from|between) (?:(?<m1a>${EN_MONTH}) (?<d1a>\\d{1,2})${ORD}|(?<d1>\\d{1,2})${ORD}(?: (?:of )?(?<m1>${EN_MONTH}))?) (?:to|until|till|through|and) $)` +
    `|(?:(?<![\\d.,])(?<d1b>\\d{1,2})${ORD}(?: (?<m1b>${EN_MONTH}))? ?[-–] ?$)`,
  'u',
);
const RANGE_AFTER = /^ ?[-–] ?(?<d2>\d{1,2})(?!\d|[.,:]\d|\s?%)/u;

/**
 * Ranges made of English day-precision dates: a date that closes one ("from 2 to 5 July",
 * "between 10 and 12 March", "from December 28 to January 2", "10–11 September") or opens one
 * ("July 2–5"). The start takes the end's month and year unless it writes its own, and the year
 * before when it would otherwise fall after the end.
 * @param singles dates found in `text`, resolved
 * @returns the ranges, each spanning from its first word to its last
 */
export function englishRanges(text: string, singles: readonly FoundDate[]): FoundDate[] {
  return singles.flatMap((f) => {
    const day =
      f.date?.precision === 'day' && f.relative === null ? parseIsoDay(f.date.value) : null;
    if (!day || !f.date) return [];
    const ahead = text.slice(Math.max(0, f.start - 40), f.start);
    const m = RANGE_BEFORE.exec(ahead);
    if (m?.groups) {
      const g = m.groups;
      const d1 = Number(g.d1a ?? g.d1 ?? g.d1b);
      const m1 = g.m1a ?? g.m1 ?? g.m1b;
      const month = m1 === undefined ? day.month : englishMonthNumber(m1);
      if (month === null) return [];
      const after = month > day.month || (month === day.month && d1 >= day.day);
      const year = after ? day.year - 1 : day.year;
      if (d1 < 1 || d1 > daysInMonth(year, month)) return [];
      const start = f.start - ahead.length + m.index;
      return [{ ...f, start, date: dayDate({ year, month, day: d1 }), until: f.date }];
    }
    const tail = RANGE_AFTER.exec(text.slice(f.end));
    const d2 = Number(tail?.groups?.d2);
    if (!tail || d2 <= day.day || d2 > daysInMonth(day.year, day.month)) return [];
    return [{ ...f, end: f.end + tail[0].length, until: dayDate({ ...day, day: d2 }) }];
  });
}
