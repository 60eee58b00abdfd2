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
import { englishRanges } from './extract-english-ranges';
import { claimInOrder } from './merge-found-dates';
import type { EventDate } from './timeline-schema';

const ORD = '(?:st|nd|rd|th)?';
// A number part of a decimal, a time, a count with a thousands separator or a percentage is no
// day or year: "4.5", "7:30", "5,000", "15%".
const NOT_AFTER = '(?!\\d|[.,:]\\d|\\s?%)';
const DAY = `(?<![\\d.,])(?<day>\\d{1,2})${ORD}${NOT_AFTER}`;
const YEAR = `(?<year>(?:1[5-9]|20)\\d{2})${NOT_AFTER}`;
const WD = `(?:(?<weekday>${EN_WEEKDAY}),? )?`;
const REL = '(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his) )?';
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
    // The month name keeps its capital ("this may be" is no month): only the lead word is
    // matched in either case.
    new RegExp(
      `\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)|[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-) ?(?<month>${EN_MONTH})(?! \\d)`,
      'gu',
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
  return claimInOrder([englishRanges(text, singles), singles]);
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
    const next = g.rel?.toLowerCase() === 'next' || (ahead && !isToday);
    const back = g.rel?.toLowerCase() === 'last' && isToday;
    return found(dayDate(addDays(latest, next ? 7 : back ? -7 : 0)));
  }
  const year = g.year === undefined ? null : Number(g.year);
  if (kind === 'year')
    return year === null ? null : found({ value: isoOf(year), precision: 'year' });
  const month = englishMonthNumber(g.month ?? '');
  if (month === null) return null;
  const day = g.day === undefined ? null : Number(g.day);
  const rel = g.rel?.toLowerCase();
  const relation: MonthRelation =
    rel === 'next' ? 'next' : rel === 'last' ? 'last' : 'nearest-past';
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

function relative(g: Groups, today: CalendarDay): FoundDate {
  const as = (relative: RelativeDate, date: EventDate | null): FoundDate => ({
    ...plainFound(0, 0, { value: '', precision: 'day' }),
    date,
    relative,
  });
  if (g.yesterday) return as('yesterday', dayDate(addDays(today, -1)));
  if (g.tomorrow) return as('tomorrow', dayDate(addDays(today, 1)));
  const rel = g.rel?.toLowerCase();
  const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  const word = rel === 'last' || rel === 'next' ? rel : 'this';
  const unit = g.unit?.toLowerCase();
  if (unit === 'week') return as(`${word}-week`, null);
  if (unit === 'year') {
    return as(`${word}-year`, { value: isoOf(today.year + step), precision: 'year' });
  }
  const first = new Date(0);
  first.setUTCFullYear(today.year, today.month - 1 + step, 1);
  const month = isoOf(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return as(`${word}-month`, { value: month, precision: 'month' });
}
