import { DATE_NORMALIZATION, norm } from './arabic-calendar-words';
import { normalizeArabicText } from '../anchoring/normalize-arabic';

/**
 * What the words around a date say about it, in Arabic: whether the clause speaks of the future
 * (a year left out is then the coming one), and whether the date is no event at all (a law's
 * number, a yearly observance, a plan's horizon, a period compared with). Reads normalised text
 * (see arabic-calendar-words.ts), only within the sentence that holds the date.
 */

const WINDOW = 80;
const SENTENCE_END = /[.!?؟\n\r؛;]/u;

/** The normalised text of the sentence before `start`, at most {@link WINDOW} units. */
export function before(text: string, start: number): string {
  let from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i -= 1) {
    // A decimal point ("4.5") ends no sentence.
    if (SENTENCE_END.test(text[i] ?? '') && !/[0-9]/u.test(text[i + 1] ?? '')) {
      from = i + 1;
      break;
    }
  }
  return normalizeArabicText(text.slice(from, start), DATE_NORMALIZATION);
}

/** The normalised text of the sentence after `end`, at most {@link WINDOW} units. */
export function after(text: string, end: number): string {
  let to = Math.min(text.length, end + WINDOW);
  for (let i = end; i < to; i += 1) {
    if (SENTENCE_END.test(text[i] ?? '') && !/[0-9]/u.test(text[i + 1] ?? '')) {
      to = i;
      break;
    }
  }
  return normalizeArabicText(text.slice(end, to), DATE_NORMALIZATION);
}

const words = (list: string[]) => list.map(norm).join('|');
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';

// "من المقرر أن", "سوف", "المرتقب": a date in this clause has not happened yet. Verbs in the
// future (سيعقد) are not read: "س" starts too many other words.
const FUTURE = new RegExp(
  `${B}[وف]?(?:${words(['سوف', 'المقرر', 'مقرر', 'مقررا', 'مقررة', 'المزمع', 'المرتقب', 'مرتقب', 'المنتظر', 'المتوقع', 'يعتزم', 'تعتزم', 'تستعد', 'يستعد'])})${E}`,
  'u',
);
/** A year-less date in a clause about the future means the next such day, not the last. */
export function speaksOfFuture(text: string, start: number, end: number): boolean {
  return FUTURE.test(before(text, start)) || FUTURE.test(after(text, end));
}

// "القانون رقم 45 لسنة 2023": the year names a law; "حتى عام 2025": a plan's horizon.
const CITATION = new RegExp(`[0-9] (?:ل|من )?(?:ال)?(?:${words(['سنة', 'عام'])}) $`, 'u');
const HORIZON = new RegExp(
  `${B}[و]?(?:${words(['حتى', 'بحلول', 'لغاية'])}) (?:ال)?(?:${words(['عام', 'سنة'])}) $`,
  'u',
);
// "8 مارس من كل عام": a yearly day, no event.
const YEARLY = new RegExp(
  `^ (?:من )?(?:${words(['كل'])}) (?:${words(['عام', 'سنة', 'شهر', 'أسبوع'])})${E}`,
  'u',
);
// "مقارنة بالفترة نفسها من العام الماضي": a period compared with, not something that happened.
const COMPARED = new RegExp(
  `${B}(?:${words(['مقارنة', 'بالمقارنة'])})${E}|${B}(?:ال)?(?:${words(['فترة'])}) (?:${words(['نفسها', 'ذاتها', 'المماثلة'])})`,
  'u',
);

/**
 * Why a date expression at [start, end) is no event, or null when it may be one.
 * @param yearOnly true when the expression is a year alone (horizons and law numbers are years)
 */
export function notAnEvent(
  text: string,
  start: number,
  end: number,
  yearOnly: boolean,
): 'citation' | 'horizon' | 'yearly' | 'compared' | null {
  const ahead = before(text, start);
  if (yearOnly && CITATION.test(ahead)) return 'citation';
  if (yearOnly && HORIZON.test(ahead)) return 'horizon';
  if (YEARLY.test(after(text, end))) return 'yearly';
  if (COMPARED.test(ahead)) return 'compared';
  return null;
}
