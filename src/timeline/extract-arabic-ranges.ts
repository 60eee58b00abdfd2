import { normalizeArabic } from '../anchoring/normalize-arabic';
import { DATE_NORMALIZATION, MONTH, monthNumber } from './arabic-calendar-words';
import type { CalendarDay } from './calendar-inference';
import { daysInMonth, isoOf, parseIsoDay } from './calendar-inference';
import type { FoundDate } from './found-date';

const LOOK_BACK = 60;
// The words that open a range and the one that joins its ends must agree: من … إلى/حتى,
// بين … و. A dash needs neither ("10 – 11 سبتمبر"). "5 يناير و7 فبراير" is two dates, no range.
const WORDED = new RegExp(
  `(?<![\\p{L}\\p{M}])[وف]?(?:الفتره )?(?<lead>من|بين) (?:يوم )?(?<![\\p{N}.,])(?<d1>[0-9]{1,2})` +
    `(?: (?<m1>${MONTH})(?: (?<y1>[0-9]{4}))?)? ?(?<join>الي|حتي|لغايه|و) ?(?:يوم )?$`,
  'u',
);
const DASHED = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.,])(?<d1>[0-9]{1,2})(?: (?<m1>${MONTH}))? ?[-–—] ?$`,
  'u',
);

type Groups = Partial<Record<'lead' | 'd1' | 'm1' | 'y1' | 'join', string>>;

/**
 * Turns each day-precision date that closes a range («من 2 إلى 5 يناير», «بين 10 و12 مارس»,
 * «من 28 ديسمبر حتى 2 يناير», «10 – 11 سبتمبر») into a range: the start day takes the end's
 * month and year unless it writes its own, and the year before when it would otherwise fall
 * after the end. Ranges never run across a line break.
 * @param ends dates already found and resolved in `text` (day precision ones may close a range)
 * @returns the ranges found, each spanning from its first word to its end date's end
 */
export function extractArabicRanges(text: string, ends: readonly FoundDate[]): FoundDate[] {
  const ranges: FoundDate[] = [];
  for (const end of ends) {
    if (end.date?.precision !== 'day' || end.until || end.hijri) continue;
    const from = Math.max(0, end.start - LOOK_BACK);
    const raw = text.slice(from, end.start);
    const lineStart = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r')) + 1;
    const ahead = normalizeArabic(raw.slice(lineStart), DATE_NORMALIZATION);
    const m = WORDED.exec(ahead.text) ?? DASHED.exec(ahead.text);
    const g = (m?.groups ?? {}) as Groups;
    if (!m || g.d1 === undefined) continue;
    if (g.join && (g.lead === 'بين') !== (g.join === 'و')) continue;
    const last = parseIsoDay(end.date.value);
    const first = last && startOf(g, last);
    if (!last || !first) continue;
    const start = from + lineStart + (ahead.toOriginal[m.index] ?? 0);
    ranges.push({ ...end, start, date: dayOf(first), until: end.date });
  }
  return ranges;
}

function startOf(g: Groups, last: CalendarDay): CalendarDay | null {
  const day = Number(g.d1);
  const month = g.m1 === undefined ? last.month : monthNumber(g.m1);
  if (month === null) return null;
  let year = g.y1 === undefined ? last.year : Number(g.y1);
  const after = month > last.month || (month === last.month && day >= last.day);
  if (g.y1 === undefined && after) year -= 1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const first = { year, month, day };
  return after && g.y1 !== undefined ? null : first;
}

const dayOf = (d: CalendarDay) => ({
  value: isoOf(d.year, d.month, d.day),
  precision: 'day' as const,
});
