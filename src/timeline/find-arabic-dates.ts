import { DATE_NORMALIZATION, WEEKDAYS, norm } from './arabic-calendar-words';
import { after, notAnEvent, speaksOfFuture } from './arabic-date-context';
import type { CalendarDay } from './calendar-inference';
import { daysInMonth, isoOf, parseIsoDay, weekdayIndex } from './calendar-inference';
import { extractArabicRanges } from './extract-arabic-ranges';
import { extractArabicRelativeDates } from './extract-arabic-relative-dates';
import type { DateMention } from './extract-dates';
import { extractDates } from './extract-dates';
import { extractHijriDates } from './extract-hijri-dates';
import type { FoundDate } from './found-date';
import { addDays, plainFound } from './found-date';
import { claimInOrder, mergeCorresponding } from './merge-found-dates';
import { normalizeArabicText } from '../anchoring/normalize-arabic';

/** Longest text between a Hijri date and the Gregorian one it corresponds to. */
const LINK_LENGTH = 24;
const YEAR_AFTER = new RegExp(
  `^ (?:من )?(?:${['العام', 'السنة'].map(norm).join('|')}) (?<which>${['الماضي', 'الماضية', 'المنصرم', 'السابق', 'المقبل', 'القادم', 'الجاري', 'الحالي'].map(norm).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);
const CURRENT_AFTER = new RegExp(
  `^ (?:${['الجاري', 'الحالي'].map(norm).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);
const NEXT_AFTER = new RegExp(
  `^ (?:${['المقبل', 'القادم'].map(norm).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);

/**
 * Every date an Arabic text writes that may date an event, resolved against the document date:
 * Gregorian dates in both month systems (extractDates), Hijri dates, ranges, relative dates and
 * weekdays named alone. A year left out follows the words around the date (next year in a
 * clause about the future, this year after «الجاري», the year a written weekday agrees with).
 * Law numbers («لسنة 2023»), plans' horizons («حتى عام 2025»), yearly days («من كل عام») and
 * periods compared with are left out; so are counts, quantities and other numbers. A Hijri date
 * and the Gregorian one «الموافق» it are one date. In text order; spans never overlap.
 * @param documentDate ISO `YYYY-MM-DD`: the publication date (or the day the document was added)
 * @throws RangeError if `documentDate` is not a calendar date (a caller bug)
 */
export function findArabicDates(text: string, documentDate: string): FoundDate[] {
  const today = parseIsoDay(documentDate);
  if (!today) throw new RangeError(`documentDate is not YYYY-MM-DD: ${documentDate}`);
  const gregorian = extractDates(text, { documentDate }).flatMap((m) => {
    const found = fromMention(text, m, today);
    return found ? [found] : [];
  });
  const ranges = extractArabicRanges(text, gregorian);
  const hijri = extractHijriDates(text, documentDate);
  const relative = extractArabicRelativeDates(text, documentDate);
  const events = (list: FoundDate[]) =>
    list.filter((f) => notAnEvent(text, f.start, f.end, f.date?.precision === 'year') === null);
  const claimed = claimInOrder([ranges, hijri, gregorian, relative].map(events));
  // «الموافق» (corresponding to) right between them, with at most a word or two besides.
  const linked = (a: FoundDate, b: FoundDate) =>
    b.start - a.end <= LINK_LENGTH &&
    normalizeArabicText(text.slice(a.end, b.start), DATE_NORMALIZATION).includes(norm('الموافق'));
  return mergeCorresponding(claimed, linked);
}

// Words after a date that belong to it but extractDates leaves out of its span: the Gregorian
// era mark ("2023م") and the qualifiers it does not read ("30 يونيو الجاري", "يوم الأحد الماضي").
const SPAN_TAIL =
  /^(?:\s?م|\s+(?:الجاري|الحالي|المقبل|القادم|الماضي|المنصرم|الفائت))(?![\p{L}\p{M}])/u;

/** A Gregorian mention read in its context; null when a day it points to does not exist. */
function fromMention(text: string, mention: DateMention, today: CalendarDay): FoundDate | null {
  const tail = SPAN_TAIL.exec(text.slice(mention.end, mention.end + 12));
  const m = tail ? { ...mention, end: mention.end + tail[0].length } : mention;
  const found = plainFound(m.start, m.end, {
    value: m.value,
    precision: m.precision === 'weekday' ? 'day' : m.precision,
  });
  if (!m.yearInferred) return found;
  const following = after(text, mention.end);
  if (m.precision === 'weekday') {
    const moveOn = NEXT_AFTER.test(following) || speaksOfFuture(text, m.start, m.end);
    const day = parseIsoDay(m.value);
    if (!day || !moveOn || m.value >= isoOf(today.year, today.month, today.day)) return found;
    return { ...found, date: { value: iso(addDays(day, 7)), precision: 'day' } };
  }
  const yearWords = YEAR_AFTER.exec(following);
  if (yearWords) {
    const which = yearWords.groups?.which ?? '';
    const shift = /^(?:الماضي|الماضيه|المنصرم|السابق)$/u.test(which)
      ? -1
      : /^(?:المقبل|القادم)$/u.test(which)
        ? 1
        : 0;
    return withYear(found, today.year + shift, mention.end + yearWords[0].length);
  }
  if (CURRENT_AFTER.test(following)) return withYear(found, today.year, m.end);
  const year = Number(m.value.slice(0, 4));
  if (m.weekdayMismatch && m.weekday) {
    const agrees = withYear(found, year + 1, m.end);
    const day = agrees?.date && parseIsoDay(agrees.date.value);
    if (day && WEEKDAYS[weekdayIndex(day)] === m.weekday) return agrees;
  }
  if (speaksOfFuture(text, m.start, m.end) && m.value < isoOf(today.year, today.month, today.day)) {
    return withYear(found, year + 1, m.end) ?? found;
  }
  return found;
}

const iso = (d: CalendarDay) => isoOf(d.year, d.month, d.day);

/** `found` with its date moved to `year` and its span to `end`; null if the day does not exist. */
function withYear(found: FoundDate, year: number, end: number): FoundDate | null {
  if (!found.date) return found;
  const [, month, day] = found.date.value.split('-').map(Number);
  if (month === undefined) return { ...found, end, date: { ...found.date, value: isoOf(year) } };
  if (day === undefined)
    return { ...found, end, date: { ...found.date, value: isoOf(year, month) } };
  if (day > daysInMonth(year, month)) return null;
  return { ...found, end, date: { ...found.date, value: isoOf(year, month, day) } };
}
