/**
 * English calendar vocabulary for date extraction, as regular-expression sources. Month and
 * weekday names are matched as written, capitalised ("May" is a month, "may" a verb).
 */

const MONTH_NAMES = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
] as const;

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const monthIndex = new Map<string, number>(
  MONTH_NAMES.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)),
);

/** Any month name or its abbreviation (with an optional full stop), as written. */
export const EN_MONTH = `(?:${[...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')})\\b\\.?`;

/** Any weekday name, as written. */
export const EN_WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})\\b`;

/** Month number 1–12 of a matched month name ("Sept." included), or null. */
export function englishMonthNumber(word: string): number | null {
  return monthIndex.get(word.replace(/\.$/u, '')) ?? null;
}

/** 0 = Sunday, as `getUTCDay()`, of a matched weekday name, or -1. */
export function englishWeekdayIndex(word: string): number {
  return WEEKDAY_NAMES.findIndex((w) => w === word);
}
