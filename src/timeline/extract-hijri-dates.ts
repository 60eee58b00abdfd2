import { normalizeArabic, toOriginalRange } from '../anchoring/normalize-arabic';
import { CLITIC_START, DATE_NORMALIZATION, WEEKDAY, WORD_END, norm } from './arabic-calendar-words';
import { HIJRI_ERA, HIJRI_MONTH, hijriMonthNumber } from './arabic-hijri-words';
import type { CalendarDay } from './calendar-inference';
import { isoOf, parseIsoDay } from './calendar-inference';
import type { FoundDate } from './found-date';
import { dayDate } from './found-date';
import type { HijriDay } from './hijri-calendar';
import { gregorianToHijri, hijriToGregorian } from './hijri-calendar';

const D = '[0-9]';
const year = (name: string) => `(?:(?:عام|سنه) )?(?<${name}>${D}{3,4})(?!\\p{N}) ?`;
/** Later than any Hijri year a news text names (1600 AH is 2174). */
const MAX_HIJRI_YEAR = 1600;
const NEXT = new Set(['المقبل', 'القادم'].map(norm));
const LAST = new Set(['الماضي', 'المنصرم', 'الفائت'].map(norm));
const QUALIFIER = `(?<qual>${[...NEXT, ...LAST].join('|')})${WORD_END}`;

/**
 * Hijri expressions, most specific first: day and month (year optional, its era mark optional
 * once a Hijri month is named; a weekday before them belongs to the date); month with a year or a qualifier ("رمضان الماضي": a month name
 * alone is too often a person, رجب or رمضان); a year alone only with its era mark (1445هـ).
 */
const PATTERN = new RegExp(
  `${CLITIC_START}(?:(?:${WEEKDAY} ?[،,]? ?)?(?<day>${D}{1,2}) (?:من )?(?:شهر )?(?<dmonth>${HIJRI_MONTH})(?: ${year('year')}(?:${HIJRI_ERA})?)?` +
    `|(?<month>${HIJRI_MONTH}) (?:${year('myear')}(?:${HIJRI_ERA})?|${QUALIFIER})` +
    `|(?<eyear>${D}{3,4}) ?${HIJRI_ERA})`,
  'gdu',
);

type Groups = Partial<
  Record<'day' | 'dmonth' | 'month' | 'year' | 'myear' | 'qual' | 'eyear', string>
>;

/**
 * Finds the Hijri dates written in an Arabic text («15 رمضان 1445هـ», «ليلة 27 رمضان»,
 * «محرم 1445هـ», «1445هـ»), in text order, with their Gregorian equivalent (see
 * {@link hijriToGregorian}). A missing year is the one in which that day last fell on or before
 * the document date (the next one after «المقبل»). Spans never include trailing spaces.
 * @param documentDate ISO `YYYY-MM-DD`
 * @throws RangeError if `documentDate` is not a calendar date (a caller bug)
 */
export function extractHijriDates(text: string, documentDate: string): FoundDate[] {
  const reference = parseIsoDay(documentDate);
  if (!reference) throw new RangeError(`documentDate is not YYYY-MM-DD: ${documentDate}`);
  const normalized = normalizeArabic(text, DATE_NORMALIZATION);
  const found: FoundDate[] = [];
  for (const m of normalized.text.matchAll(PATTERN)) {
    const g = (m.groups ?? {}) as Groups;
    const reading = readHijri(g, gregorianToHijri(reference).day);
    if (!reading) continue;
    let endN = m.index + m[0].length;
    while (normalized.text[endN - 1] === ' ') endN -= 1;
    const { start, end } = toOriginalRange(normalized, m.index, endN);
    if (/[\n\r]/u.test(text.slice(start, end))) continue;
    found.push({ start, end, ...reading, until: null, relative: null });
  }
  return found;
}

function readHijri(g: Groups, today: HijriDay): Pick<FoundDate, 'date' | 'hijri'> | null {
  const year = g.year ?? g.myear ?? g.eyear;
  // A Gregorian year is no Hijri year: 1445 AH is 2024.
  if (year !== undefined && Number(year) > MAX_HIJRI_YEAR) return null;
  if (g.month === undefined && g.dmonth === undefined) {
    return year === undefined ? null : yearReading(Number(year));
  }
  const month = hijriMonthNumber((g.dmonth ?? g.month) as string);
  if (month === null) return null;
  const day = g.day === undefined ? null : Number(g.day);
  if (day !== null && (day < 1 || day > 30)) return null;
  const y = year !== undefined ? Number(year) : inferHijriYear(month, day ?? 1, g.qual, today);
  const start = hijriToGregorian({ year: y, month, day: day ?? 1 });
  if (!start) return null;
  if (day === null) {
    return {
      date: { value: isoOf(start.day.year, start.day.month), precision: 'month' },
      hijri: { value: isoOf(y, month), precision: 'month', calendar: start.calendar },
    };
  }
  return {
    date: dayDate(start.day),
    hijri: { value: isoOf(y, month, day), precision: 'day', calendar: start.calendar },
  };
}

function yearReading(year: number): Pick<FoundDate, 'date' | 'hijri'> | null {
  const start = hijriToGregorian({ year, month: 1, day: 1 });
  if (!start) return null;
  return {
    date: { value: isoOf(start.day.year), precision: 'year' },
    hijri: { value: isoOf(year), precision: 'year', calendar: start.calendar },
  };
}

/** The Hijri year of a month and day without one, seen from the document's Hijri date. */
function inferHijriYear(
  month: number,
  day: number,
  qualifier: string | undefined,
  today: HijriDay,
): number {
  const after = (a: CalendarDay, b: CalendarDay) =>
    a.month > b.month || (a.month === b.month && a.day > b.day);
  const probe = { year: today.year, month, day };
  if (qualifier !== undefined && NEXT.has(qualifier)) {
    return month > today.month ? today.year : today.year + 1;
  }
  if (qualifier !== undefined && LAST.has(qualifier)) {
    return month < today.month ? today.year : today.year - 1;
  }
  return after(probe, today) ? today.year - 1 : today.year;
}
