/**
 * Arabic calendar vocabulary for date extraction, as regular-expression sources that match the
 * raw article text.
 *
 * The shared normaliser (src/anchoring/normalize-arabic.ts) did not exist when this was written,
 * so spelling variation is absorbed here by a deliberately small character class per letter
 * (alef forms, final ya/alef maqsura) and optional harakat/tatweel between letters. This is not a
 * general normaliser: it only knows the few dozen words below.
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

/** Whitespace within a line: any space but no line break. */
export const SPACE = '[^\\S\\n\\r]';

/** Harakat, superscript alef and tatweel: writers may put them inside any word. */
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

const LETTER: Record<string, string> = {
  ا: '[اأإآ]',
  أ: '[اأإآ]',
  إ: '[اأإآ]',
  // آب is never spelt with a hamza-alef; without this, أب ("father") would read as August.
  آ: '[آا]',
  ي: '[يى]',
  ى: '[يى]',
  ة: '[ةه]',
};

/** A regex source matching `word` with spelling variants and marks, not anchored. */
export function loose(word: string): string {
  return [...word].map((c) => (c === ' ' ? `${SPACE}+` : (LETTER[c] ?? c))).join(MARKS) + MARKS;
}

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
  ['الاثنين', 'الإثنين'],
  ['الثلاثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];

/** No letter or mark may follow a word: "مارسوا" is not March. */
export const WORD_END = '(?![\\p{L}\\p{M}])';
/** No letter, mark or digit may precede a word. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** A word start, or a one-letter proclitic (و ف ب ل) that is itself at a word start: "و3 تشرين". */
export const CLITIC_START = `(?:${WORD_START}|(?<=${WORD_START}[وفبل]))`;

const alternation = (spellings: readonly (readonly string[])[]): string =>
  `(?:${spellings.flat().map(loose).join('|')})${WORD_END}`;

/** Any month name in either naming system. */
export const MONTH = alternation(MONTH_SPELLINGS);
/** Any weekday name (with its article, as dates write it). */
export const WEEKDAY = alternation(WEEKDAY_SPELLINGS);

const monthMatchers = MONTH_SPELLINGS.map(
  (s) => new RegExp(`^(?:${s.map(loose).join('|')})$`, 'u'),
);
const weekdayMatchers = WEEKDAY_SPELLINGS.map(
  (s) => new RegExp(`^(?:${s.map(loose).join('|')})$`, 'u'),
);

/** Month number 1–12 of a matched month name, or null if `word` names no month. */
export function monthNumber(word: string): number | null {
  const i = monthMatchers.findIndex((re) => re.test(word));
  return i === -1 ? null : i + 1;
}

/** The weekday a matched name stands for, or null. */
export function weekdayOf(word: string): Weekday | null {
  const i = weekdayMatchers.findIndex((re) => re.test(word));
  return WEEKDAYS[i] ?? null;
}

/** One digit: ASCII, Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹, Persian/Urdu). */
export const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';

/** The value of a run of digits from any of the three digit sets. */
export function parseDigits(digits: string): number {
  let n = 0;
  for (const c of digits) {
    const code = c.charCodeAt(0);
    const zero = code >= 0x6f0 ? 0x6f0 : code >= 0x660 ? 0x660 : 0x30;
    n = n * 10 + (code - zero);
  }
  return n;
}
