import type { ArabicNormalization } from '../anchoring/normalize-arabic';
import { SEARCH_NORMALIZATION, normalizeArabicText } from '../anchoring/normalize-arabic';

/**
 * Arabic calendar vocabulary for date extraction, as regular-expression sources over text
 * normalised by the shared normaliser (src/anchoring/normalize-arabic.ts) with
 * {@link DATE_NORMALIZATION}: harakat, tatweel and bidi marks gone, أ إ آ folded to ا, ى to ي,
 * ة to ه, every digit ASCII, whitespace runs one space. So each word is listed once per real
 * spelling, not per way of typing it.
 */

/** Day of the week, as a code the UI translates. */
export type Weekday =
  'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** In `Date.prototype.getUTCDay()` order: Sunday is 0. */
export const WEEKDAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Search's forgiving folds: dates are typed as loosely as search queries (الجمعه, ابريل). */
export const DATE_NORMALIZATION: Readonly<ArabicNormalization> = SEARCH_NORMALIZATION;

/** `word` as it reads after {@link DATE_NORMALIZATION}: the form the patterns match. */
export const norm = (word: string): string => normalizeArabicText(word, DATE_NORMALIZATION);

/** Spellings of each month, index 0 = January: Egyptian/Western names, then Levantine. */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];

const WEEKDAY_SPELLINGS: readonly (readonly string[])[] = [
  ['الأحد'],
  ['الاثنين'],
  ['الثلاثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];

/** No letter may follow a word: "مارسوا" is not March. */
export const WORD_END = '(?![\\p{L}\\p{M}])';
/** No letter or digit may precede a word. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** A word start, or a one-letter proclitic (و ف ب ل) that is itself at a word start: "و3 تشرين". */
export const CLITIC_START = `(?:${WORD_START}|(?<=${WORD_START}[وفبل]))`;

function lookup(spellings: readonly (readonly string[])[]): Map<string, number> {
  return new Map(spellings.flatMap((forms, i) => forms.map((f) => [norm(f), i] as const)));
}

const months = lookup(MONTH_SPELLINGS);
const weekdays = lookup(WEEKDAY_SPELLINGS);

// Longest first, so no name can stop short at a shorter one.
const alternation = (words: Iterable<string>): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})${WORD_END}`;

/** Any month name in either naming system, normalised. */
export const MONTH = alternation(months.keys());
/** Any weekday name (with its article, as dates write it), normalised. */
export const WEEKDAY = alternation(weekdays.keys());

/** Month number 1–12 of a matched (normalised) month name, or null. */
export function monthNumber(word: string): number | null {
  const i = months.get(word);
  return i === undefined ? null : i + 1;
}

/** The weekday a matched (normalised) name stands for, or null. */
export function weekdayOf(word: string): Weekday | null {
  const i = weekdays.get(word);
  return i === undefined ? null : (WEEKDAYS[i] ?? null);
}
