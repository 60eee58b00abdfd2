import { WORD_END, norm } from './arabic-calendar-words';

/**
 * Hijri month names as regular-expression sources over text normalised like the Gregorian ones
 * (see arabic-calendar-words.ts): each spelling once, the normaliser folds the rest.
 */

/** Spellings of each Hijri month, index 0 = Muharram. ذو/ذي: nominative and genitive. */
const HIJRI_MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

const hijriMonths = new Map(
  HIJRI_MONTH_SPELLINGS.flatMap((forms, i) => forms.map((f) => [norm(f), i + 1] as const)),
);

/** Any Hijri month name, normalised, longest first. */
export const HIJRI_MONTH = `(?:${[...hijriMonths.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|')})${WORD_END}`;

/** What marks a year as Hijri after its digits: هـ (ه once tatweel is gone), للهجرة, هجري(ة). */
export const HIJRI_ERA = `(?:${['هـ', 'للهجرة', 'هجرية', 'هجري'].map(norm).join('|')})${WORD_END}`;

/** Month number 1–12 of a matched (normalised) Hijri month name, or null. */
export function hijriMonthNumber(word: string): number | null {
  return hijriMonths.get(word) ?? null;
}
