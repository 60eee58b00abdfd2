import type { CalendarDay, MonthRelation } from './calendar-inference';
import { daysInMonth, inferYear, isoOf, latestWeekday, parseIsoDay } from './calendar-inference';
import {
  EN_MONTH,
  EN_WEEKDAY,
  englishMonthNumber,
  englishWeekdayIndex,
} from './english-calendar-words';
import type { FoundDate, RelativeDate } from './found-date';
import { addDays, dayDate, plainFound } from './found-date';
import { claimInOrder } from './merge-found-dates';
import type { EventDate } from './timeline-schema';

const ORD = '(?:st|nd|rd|th)?';
// A number part of a decimal, a time, a count with a thousands separator or a percentage is no
// day or year: "4.5", "7:30", "5,000", "15%".
const NOT_AFTER = '(?!\\d|[.,:]\\d|\\s?%)';
const DAY = `(?<![\\d.,])(?<day>\\d{1,2})${ORD}${NOT_AFTER}`;
const YEAR = `(?<year>(?:1[5-9]|20)\\d{2})${NOT_AFTER}`;
const WD = `(?:(?<weekday>${EN_WEEKDAY}),? )?`;
const REL = '(?:(?<rel>last|next|this) )?';
const FUNCTION_WORDS =
  /^ (?:the|a|an|and|or|but|when|after|before|as|to|that|which|while|with|for|at|on|in|of|from|he|she|it|they|we|was|were|is|are|had|has|there|its|their|his|her)\b/u;

/** Kinds tried in this order; a later kind never takes text an earlier one claimed. */
const PATTERNS: [kind: string, pattern: RegExp][] = [
  [
    'dayMonth',
    new RegExp(`${WD}(?:the )?${DAY} (?:of )?(?<month>${EN_MONTH})(?:,? ${YEAR})?`, 'gu'),
  ],
  ['monthDay', new RegExp(`${WD}(?<month>${EN_MONTH}) ${DAY}(?:,? ${YEAR})?`, 'gu')],
  ['monthYear', new RegExp(`\\b(?<month>${EN_MONTH}) (?:of )?${YEAR}`, 'gu')],
  [
    'month',
    new RegExp(
      `\\b(?:in|since|during|until|early|late|mid-|last|next|this) (?<month>${EN_MONTH})(?! \\d)`,
      'giu',
    ),
  ],
  [
    'year',
    new RegExp(
      `\\b(?<lead>in|since|during|from|until|by|throughout|early|late|mid-)\\s${YEAR}`,
      'giu',
    ),
  ],
  ['weekday', new RegExp(`${REL}(?<weekday>${EN_WEEKDAY})`, 'gu')],
  [
    'relative',
    /\b(?:(?<yesterday>yesterday)|(?<tomorrow>tomorrow)|(?<rel>last|next|this) (?<unit>week|month|year)\b)/giu,
  ],
];

type Groups = Partial<
  Record<
    'weekday' | 'day' | 'month' | 'year' | 'lead' | 'rel' | 'yesterday' | 'tomorrow' | 'unit',
    string
  >
>;

const FUTURE =
  /\b(?:will|would|shall|scheduled|expected|due|planned|plans?|upcoming|set for|set to)\b/iu;

/**
 * Finds the dates an English text writes (day month year, month day, month and year, "in
 * 2018", "on Monday", yesterday, last month…) and ranges of them ("from 2 to 5 July",
 * "December 28 to January 2", "10–11 September"), resolved against the document date: a year
 * left out is the latest such day on or before it, the next one in a sentence about the future
 * (will, scheduled, expected…) or after "for" ("an election for April 15"); a weekday alone is the latest such day (the next after "next");
 * "last week" is found but undated. A year alone needs a word before it ("in", "since") and is
 * no year when a noun follows ("in 2000 cases"); "until"/"by" a year is a horizon, not an event.
 * In text order; spans never overlap.
 * @param documentDate ISO `YYYY-MM-DD`
 * @throws RangeError if `documentDate` is not a calendar date (a caller bug)
 */
export function extractEnglishDates(text: string, documentDate: string): FoundDate[] {
  const today = parseIsoDay(documentDate);
  if (!today) throw new RangeError(`documentDate is not YYYY-MM-DD: ${documentDate}`);
  const lists = PATTERNS.map(([kind, pattern]) =>
    [...text.matchAll(pattern)].flatMap((m) => {
      const found = read(kind, (m.groups ?? {}) as Groups, today, future(text, m.index));
      if (!found) return [];
      if (kind === 'year' && !yearIsADate(text.slice(m.index + m[0].length), m.groups?.lead)) {
        return [];
      }
      const start = m.index + m[0].search(/\S/u);
      return [{ ...found, start, end: m.index + m[0].length }];
    }),
  );
  const singles = claimInOrder(lists);
  return claimInOrder([withRanges(text, singles), singles]);
}

/** "in 2000 cases" counts; "until 2025" and "by 2030" are horizons, not events. */
function yearIsADate(following: string, lead: string | undefined): boolean {
  if (/^(?:until|by)$/iu.test(lead ?? '')) return false;
  return !/^ [a-z]/u.test(following) || FUNCTION_WORDS.test(following);
}

function future(text: string, at: number): boolean {
  // "an election for April 15": a day something is set for is still to come.
  if (/\bfor $/iu.test(text.slice(Math.max(0, at - 4), at))) return true;
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.indexOf('.', at);
  return FUTURE.test(text.slice(from, to === -1 ? undefined : to));
}

function read(kind: string, g: Groups, today: CalendarDay, ahead: boolean): FoundDate | null {
  if (kind === 'relative') return relative(g, today);
  if (kind === 'weekday') {
    const latest = latestWeekday(englishWeekdayIndex(g.weekday ?? ''), today);
    const isToday = latest.day === today.day && latest.month === today.month;
    const next = g.rel === 'next' || (ahead && !isToday);
    const back = g.rel === 'last' && isToday;
    return found(dayDate(addDays(latest, next ? 7 : back ? -7 : 0)));
  }
  const year = g.year === undefined ? null : Number(g.year);
  if (kind === 'year')
    return year === null ? null : found({ value: isoOf(year), precision: 'year' });
  const month = englishMonthNumber(g.month ?? '');
  if (month === null) return null;
  const day = g.day === undefined ? null : Number(g.day);
  const relation: MonthRelation =
    g.rel === 'next' ? 'next' : g.rel === 'last' ? 'last' : 'nearest-past';
  let y = year ?? inferYear(month, day, relation, today);
  if (y === null) return null;
  if (year === null && ahead && relation === 'nearest-past' && before(y, month, day, today)) y += 1;
  if (day === null) return found({ value: isoOf(y, month), precision: 'month' });
  if (day < 1 || day > daysInMonth(y, month)) return null;
  return found({ value: isoOf(y, month, day), precision: 'day' });
}

const before = (y: number, month: number, day: number | null, today: CalendarDay) =>
  isoOf(y, month, day ?? 1) < isoOf(today.year, today.month, today.day);

const found = (date: EventDate): FoundDate => plainFound(0, 0, date);

function relative(g: Groups, today: CalendarDay): FoundDate | null {
  const shift = (r: RelativeDate, date: EventDate | null): FoundDate => ({
    ...plainFound(0, 0, { value: '', precision: 'day' }),
    date,
    relative: r,
  });
  if (g.yesterday) return shift('yesterday', dayDate(addDays(today, -1)));
  if (g.tomorrow) return shift('tomorrow', dayDate(addDays(today, 1)));
  const step = g.rel?.toLowerCase() === 'last' ? -1 : g.rel?.toLowerCase() === 'next' ? 1 : 0;
  const unit = g.unit?.toLowerCase();
  const word = step < 0 ? 'last' : step > 0 ? 'next' : 'this';
  if (unit === 'week') return shift(`${word}-week`, null);
  if (unit === 'year')
    return shift(`${word}-year`, { value: isoOf(today.year + step), precision: 'year' });
  const first = new Date(0);
  first.setUTCFullYear(today.year, today.month - 1 + step, 1);
  return shift(`${word}-month`, {
    value: isoOf(first.getUTCFullYear(), first.getUTCMonth() + 1),
    precision: 'month',
  });
}

const RANGE_BEFORE = new RegExp(
  `(?:\\b(?:from|between) (?:(?<m1a>${EN_MONTH}) (?<d1a>\\d{1,2})${ORD}|(?<d1>\\d{1,2})${ORD}(?: (?:of )?(?<m1>${EN_MONTH}))?) (?:to|until|till|through|and) $)` +
    `|(?:(?<![\\d.,])(?<d1b>\\d{1,2})${ORD}(?: (?<m1b>${EN_MONTH}))? ?[-–] ?$)`,
  'u',
);
const RANGE_AFTER = /^ ?[-–] ?(?<d2>\d{1,2})(?!\d|[.,:]\d|\s?%)/u;

/** Day-precision dates that close ("from 2 to 5 July") or open ("July 2–5") a range. */
function withRanges(text: string, singles: readonly FoundDate[]): FoundDate[] {
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
