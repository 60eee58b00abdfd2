import type { CalendarDay } from './calendar-inference';

/** A day of the Hijri calendar, months 1–12 (1 = Muharram, 9 = Ramadan). */
export type HijriDay = CalendarDay;

/**
 * Which Hijri calendar a conversion followed: `islamic-umalqura`, Saudi Arabia's official
 * calendar, read from the browser's ICU data; `islamic-civil`, the arithmetical (tabular)
 * calendar with the Friday epoch, used where ICU lacks Umm al-Qura. They agree to within a day
 * or two; neither is the sighted moon a given country follows.
 */
export type HijriCalendar = 'islamic-umalqura' | 'islamic-civil';

const DAY_MS = 86_400_000;
// Julian Day Number of 1 Muharram 1 AH in the civil (Friday) epoch, and of 1970-01-01.
const CIVIL_EPOCH_JDN = 1_948_440;
const UNIX_EPOCH_JDN = 2_440_588;

let umalqura: Intl.DateTimeFormat | null | undefined;

/** ICU's Umm al-Qura formatter, or null where the engine does not have that calendar. */
function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    umalqura = null;
  }
  return umalqura;
}

const toJdn = ({ year, month, day }: CalendarDay): number => {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS) + UNIX_EPOCH_JDN;
};

const fromJdn = (jdn: number): CalendarDay => {
  const d = new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** Gregorian day of a tabular (civil, Friday-epoch) Hijri day; leap years 2, 5, 7, … of 30. */
export function tabularHijriToGregorian({ year, month, day }: HijriDay): CalendarDay {
  const jdn =
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    CIVIL_EPOCH_JDN -
    1;
  return fromJdn(jdn);
}

/** Tabular (civil) Hijri day of a Gregorian day: the inverse of {@link tabularHijriToGregorian}. */
export function tabularGregorianToHijri(gregorian: CalendarDay): HijriDay {
  const jdn = toJdn(gregorian);
  const year = Math.floor((30 * (jdn - CIVIL_EPOCH_JDN) + 10_646) / 10_631);
  const startOfYear = toJdn(tabularHijriToGregorian({ year, month: 1, day: 1 }));
  const month = Math.min(12, Math.ceil((jdn - startOfYear - 29) / 29.5) + 1);
  const startOfMonth = toJdn(tabularHijriToGregorian({ year, month, day: 1 }));
  return { year, month, day: jdn - startOfMonth + 1 };
}

function umalquraOf(f: Intl.DateTimeFormat, gregorian: CalendarDay): HijriDay {
  const d = new Date(0);
  d.setUTCFullYear(gregorian.year, gregorian.month - 1, gregorian.day);
  const part = (type: string) => Number(f.formatToParts(d).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The Hijri day of a Gregorian day, Umm al-Qura where the engine has it, else tabular. */
export function gregorianToHijri(gregorian: CalendarDay): {
  day: HijriDay;
  calendar: HijriCalendar;
} {
  const f = umalquraFormat();
  if (!f) return { day: tabularGregorianToHijri(gregorian), calendar: 'islamic-civil' };
  return { day: umalquraOf(f, gregorian), calendar: 'islamic-umalqura' };
}

/**
 * The Gregorian day of a Hijri day. Umm al-Qura by inverting ICU: the tabular estimate, then the
 * days up to three either side of it, until ICU names the same Hijri day (Umm al-Qura and the
 * tabular calendar never differ by more). Day 30 of a month Umm al-Qura gives 29 days is read as
 * the day after the 29th (a country that sighted the moon later had that day). Where ICU lacks
 * Umm al-Qura, the tabular day.
 * @returns null when the month is not 1–12 or the day not 1–30
 */
export function hijriToGregorian(hijri: HijriDay): {
  day: CalendarDay;
  calendar: HijriCalendar;
} | null {
  const { month, day } = hijri;
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = tabularHijriToGregorian(hijri);
  const f = umalquraFormat();
  if (!f) return { day: estimate, calendar: 'islamic-civil' };
  const jdn = toJdn(estimate);
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const candidate = fromJdn(jdn + shift);
    const h = umalquraOf(f, candidate);
    if (h.year === hijri.year && h.month === month && h.day === day) {
      return { day: candidate, calendar: 'islamic-umalqura' };
    }
  }
  if (day === 30) {
    const last = hijriToGregorian({ ...hijri, day: 29 });
    if (last) return { day: fromJdn(toJdn(last.day) + 1), calendar: last.calendar };
  }
  return { day: estimate, calendar: 'islamic-civil' };
}
