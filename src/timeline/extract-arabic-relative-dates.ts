import { normalizeArabic, toOriginalRange } from '../anchoring/normalize-arabic';
import {
  CLITIC_START,
  DATE_NORMALIZATION,
  WEEKDAYS,
  WORD_END,
  norm,
  weekdayOf,
} from './arabic-calendar-words';
import type { CalendarDay } from './calendar-inference';
import { isoOf, latestWeekday, parseIsoDay } from './calendar-inference';
import type { FoundDate, RelativeDate } from './found-date';
import { addDays, dayDate } from './found-date';
import type { EventDate } from './timeline-schema';

const words = (list: string[]) => `(?:${list.map(norm).join('|')})${WORD_END}`;
const LAST = words([
  'الماضي',
  'الماضية',
  'المنصرم',
  'المنصرمة',
  'الفائت',
  'الفائتة',
  'السابق',
  'السابقة',
]);
const NEXT = words(['المقبل', 'المقبلة', 'القادم', 'القادمة']);
const THIS = words(['الجاري', 'الجارية', 'الحالي', 'الحالية']);

/** Relative expressions, longest first; each word ends at a word end ("أمسية" is no "أمس"). */
const PATTERN = new RegExp(
  `${CLITIC_START}(?:` +
    [
      `(?<dby>${words(['أول أمس', 'أمس الأول'])})`,
      `(?<yesterday>${words(['أمس', 'الأمس', 'البارحة'])})`,
      `(?<today>${words(['صباح اليوم', 'مساء اليوم', 'ظهر اليوم', 'سابق اليوم', 'لاحق اليوم'])})`,
      `(?<tomorrow>${words(['غدا', 'غداً'])})`,
      `(?<unit>${words(['الأسبوع', 'الشهر', 'العام', 'السنة'])}) (?:(?<last>${LAST})|(?<next>${NEXT})|(?<this>${THIS}))`,
      `(?<thisunit>${words(['هذا الأسبوع', 'هذا الشهر', 'هذا العام', 'هذه السنة'])})`,
      // A weekday without a word for a day: never الأحد ("the one"); الاثنين ("the two") and
      // الجمعة (Friday prayer) only where the words around them leave no doubt (see below).
      `(?<weekday>${words(['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'])})(?: (?:(?<wlast>${LAST})|(?<wnext>${NEXT})))?`,
    ].join('|') +
    ')',
  'gdu',
);

// Words before a bare weekday that make it something else: "صلاة الجمعة", "كلا الاثنين".
const NOT_A_DAY_BEFORE = new RegExp(
  `(?:${['صلاة', 'صلاه', 'خطبة', 'خطبه', 'جامع', 'مسجد', 'كلا', 'بين', 'يوم', 'اليوم', 'مساء', 'صباح', 'ليلة', 'ليله', 'نهار', 'فجر', 'ظهر'].map(norm).join('|')}) $`,
  'u',
);

type Groups = Partial<
  Record<
    | 'dby'
    | 'yesterday'
    | 'today'
    | 'tomorrow'
    | 'unit'
    | 'last'
    | 'next'
    | 'this'
    | 'thisunit'
    | 'weekday'
    | 'wlast'
    | 'wnext',
    string
  >
>;

/**
 * Finds relative dates in an Arabic text and resolves them against the document date: أمس, أول
 * أمس, صباح اليوم, غدا to days; الشهر/العام الماضي, المقبل, الجاري to months and years; a
 * weekday named alone ("توجه الناخبون الثلاثاء") to the latest such day on or before the document
 * date (after it with المقبل); الأسبوع الماضي/المقبل is found but left undated (`date: null`),
 * since a week is no date. Bare weekdays after a word for a day (يوم الجمعة) are left to
 * extractDates.
 * @param documentDate ISO `YYYY-MM-DD`
 * @throws RangeError if `documentDate` is not a calendar date (a caller bug)
 */
export function extractArabicRelativeDates(text: string, documentDate: string): FoundDate[] {
  const today = parseIsoDay(documentDate);
  if (!today) throw new RangeError(`documentDate is not YYYY-MM-DD: ${documentDate}`);
  const normalized = normalizeArabic(text, DATE_NORMALIZATION);
  const found: FoundDate[] = [];
  for (const m of normalized.text.matchAll(PATTERN)) {
    const g = (m.groups ?? {}) as Groups;
    if (g.weekday && !bareWeekdayIsADay(normalized.text, m.index, g.weekday)) continue;
    const reading = readRelative(g, today);
    if (!reading) continue;
    const { start, end } = toOriginalRange(normalized, m.index, m.index + m[0].length);
    found.push({
      start,
      end,
      date: reading.date,
      until: null,
      hijri: null,
      relative: reading.relative,
    });
  }
  return found;
}

function bareWeekdayIsADay(flat: string, index: number, weekday: string): boolean {
  if (NOT_A_DAY_BEFORE.test(flat.slice(Math.max(0, index - 8), index))) return false;
  if (weekday === norm('الاثنين') && /^ معا/u.test(flat.slice(index + weekday.length)))
    return false;
  return true;
}

function readRelative(
  g: Groups,
  today: CalendarDay,
): { date: EventDate | null; relative: RelativeDate | null } | null {
  if (g.dby) return { date: dayDate(addDays(today, -2)), relative: 'day-before-yesterday' };
  if (g.yesterday) return { date: dayDate(addDays(today, -1)), relative: 'yesterday' };
  if (g.today) return { date: dayDate(today), relative: 'today' };
  if (g.tomorrow) return { date: dayDate(addDays(today, 1)), relative: 'tomorrow' };
  if (g.weekday) {
    const index = WEEKDAYS.indexOf(weekdayOf(g.weekday) ?? 'sunday');
    const latest = latestWeekday(index, today);
    const sameDay = latest.day === today.day && latest.month === today.month;
    if (g.wnext) return { date: dayDate(addDays(latest, 7)), relative: null };
    if (g.wlast && sameDay) return { date: dayDate(addDays(latest, -7)), relative: null };
    return { date: dayDate(latest), relative: null };
  }
  const unit = norm(g.thisunit?.split(' ')[1] ?? g.unit ?? '');
  const shift = g.last ? -1 : g.next ? 1 : 0;
  if (unit === norm('الأسبوع')) {
    return {
      date: null,
      relative: shift < 0 ? 'last-week' : shift > 0 ? 'next-week' : 'this-week',
    };
  }
  if (unit === norm('الشهر')) {
    const first = new Date(0);
    first.setUTCFullYear(today.year, today.month - 1 + shift, 1);
    return {
      date: { value: isoOf(first.getUTCFullYear(), first.getUTCMonth() + 1), precision: 'month' },
      relative: shift < 0 ? 'last-month' : shift > 0 ? 'next-month' : 'this-month',
    };
  }
  if (unit === norm('العام') || unit === norm('السنة')) {
    return {
      date: { value: isoOf(today.year + shift), precision: 'year' },
      relative: shift < 0 ? 'last-year' : shift > 0 ? 'next-year' : 'this-year',
    };
  }
  return null;
}
