import type { NormalizedText } from '../anchoring/normalize-arabic';
import { normalizeArabic, toOriginalRange } from '../anchoring/normalize-arabic';
import type { Weekday } from './arabic-calendar-words';
import {
  CLITIC_START,
  DATE_NORMALIZATION,
  MONTH,
  WEEKDAY,
  WEEKDAYS,
  WORD_END,
  WORD_START,
  monthNumber,
  norm,
  weekdayOf,
} from './arabic-calendar-words';
import type { CalendarDay, MonthRelation } from './calendar-inference';
import {
  daysInMonth,
  inferYear,
  isoOf,
  latestWeekday,
  parseIsoDay,
  weekdayIndex,
} from './calendar-inference';

/** How much of a date a mention gives: `weekday` is a weekday named alone ("يوم الجمعة"). */
export type MentionPrecision = 'day' | 'month' | 'year' | 'weekday';

/** A date written in a text. */
export interface DateMention {
  /** UTF-16 offset of the date expression's first character in the given text. */
  start: number;
  /** UTF-16 offset just past its last character. */
  end: number;
  /** ISO 8601 at `precision`: `2022-01-02`, `2022-01`, `2018`; a weekday resolves to a day. */
  value: string;
  precision: MentionPrecision;
  /** True when the year (for a lone weekday, the whole date) came from the document date. */
  yearInferred: boolean;
  /** The weekday written in the expression, if any. */
  weekday: Weekday | null;
  /** True when the written weekday is not the weekday of `value`. */
  weekdayMismatch: boolean;
}

/** What the extractor needs to know about the text it reads. */
export interface DateContext {
  /** Publication date of the document, ISO `YYYY-MM-DD`: resolves dates that omit the year. */
  documentDate: string;
}

// After normalisation every digit is ASCII and every whitespace run one space; line breaks are
// put back (see lineBreaksKept) so that a date never runs across two blocks.
const D = '[0-9]';
const S = ' ';
const words = (list: string[]): string => list.map(norm).join('|');
const QUALIFIER = `(?<qual>${words(['الماضي', 'المنصرم', 'الفائت', 'المقبل', 'القادم'])})${WORD_END}`;
const NEXT = new Set(['المقبل', 'القادم'].map(norm));
// " 2022", " - 2022" (the article's "الماضي - 2022"), " من عام 2022", " عام 2022".
const YEAR_TAIL = `(?:(?:${S}?[-–—]${S}?|${S}(?:من${S})?(?:ال)?عام${S}|${S})(?<year>${D}{4})(?!\\p{N}))?`;
const MONTHS = `(?<month>${MONTH})(?:${S}?/${S}?(?<month2>${MONTH}))?`;
const TAIL = `(?:${S}${QUALIFIER})?${YEAR_TAIL}`;

/**
 * One pattern per kind of date expression, tried in this order; a later pattern never takes
 * text an earlier one claimed. Lead words (بتاريخ, بحلول, في, منذ, حتى, اليوم, عام) are matched
 * but kept out of the span: the span is what a reader would call the date, so it holds the
 * weekday, day, month name(s), year and the qualifier and " - YYYY" that change the value, and
 * nothing else. The lookbehind on the day keeps "4.5" and "225" from offering a day.
 */
const PATTERNS = {
  dayMonth: new RegExp(
    `${CLITIC_START}(?:(?<weekday>${WEEKDAY})${S}?[،,]?${S}?)?` +
      `(?<![.,])(?<day>${D}{1,2})${S}?${MONTHS}${TAIL}`,
    'gdu',
  ),
  // A month name alone is a date only with a lead word, a qualifier or a year: "مارس" is also
  // a verb ("he practised").
  month: new RegExp(
    `${CLITIC_START}(?<lead>[وفبل]?(?:${words(['في', 'منذ', 'حتى', 'بحلول', 'خلال', 'شهر', 'مطلع', 'أوائل', 'منتصف', 'أواخر', 'نهاية', 'بداية'])})${S})?` +
      `${MONTHS}${TAIL}`,
    'gdu',
  ),
  year: new RegExp(
    `${WORD_START}[وفب]?(?:لل|ال|ل)?(?:${words(['عام', 'سنة'])})${S}(?<year>${D}{4})(?!\\p{N})`,
    'gdu',
  ),
  // "الأحد" alone is also "the one"; a weekday alone counts only after a word for a day or time.
  weekday: new RegExp(
    `${WORD_START}[وفبل]?(?:${words(['يوم', 'اليوم', 'مساء', 'صباح', 'ليلة', 'نهار'])})${S}(?<weekday>${WEEKDAY})`,
    'gdu',
  ),
} as const;

type Groups = Partial<
  Record<'weekday' | 'day' | 'month' | 'month2' | 'qual' | 'year' | 'lead', string>
>;
type Interval = [start: number, end: number];

/**
 * Finds the dates written in an Arabic text, in text order. Matches on the shared normaliser's
 * output, so harakat, tatweel, bidi marks and hamza/yeh/teh-marbuta spellings do not matter, and
 * maps spans back to the original text's UTF-16 offsets.
 * Reads Western (يناير) and Levantine (كانون الثاني) month names, both joined by "/", ASCII and
 * Arabic-Indic digits, years after عام/سنة, and weekdays. A missing year is inferred from the
 * document date (see {@link inferYear}); a day the month does not have is no date at all.
 * Counts ("20 عاما"), quantities ("4.5 ألف") and bare numbers are never dates.
 * @throws RangeError if `context.documentDate` is not an ISO calendar date (a caller bug)
 */
export function extractDates(text: string, context: DateContext): DateMention[] {
  const documentDate = parseIsoDay(context.documentDate);
  if (!documentDate)
    throw new RangeError(`documentDate is not YYYY-MM-DD: ${context.documentDate}`);
  const normalized = normalizeArabic(text, DATE_NORMALIZATION);
  const searchable = lineBreaksKept(text, normalized);
  const claimed: Interval[] = [];
  const mentions: DateMention[] = [];
  const free = ([s, e]: Interval) => claimed.every(([cs, ce]) => e <= cs || s >= ce);

  for (const [kind, pattern] of Object.entries(PATTERNS)) {
    for (const m of searchable.matchAll(pattern)) {
      const groups = (m.groups ?? {}) as Groups;
      const span = spanOf(kind as keyof typeof PATTERNS, m);
      if (!span || !free(span)) continue;
      if (kind === 'month' && !groups.lead && !groups.qual && !groups.year) continue;
      // A rejected expression (31 April) is still claimed, so its month cannot resurface alone.
      claimed.push(span);
      const mention = toMention(groups, documentDate);
      if (!mention) continue;
      const { start, end } = toOriginalRange(normalized, span[0], span[1]);
      mentions.push({ start, end, ...mention });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * The normalised text with each space that stands for a run containing a line break turned
 * back into '\n': the normaliser collapses all whitespace, but blocks must stay apart.
 */
function lineBreaksKept(text: string, normalized: NormalizedText): string {
  const { text: flat, toOriginal } = normalized;
  let out = '';
  let from = 0;
  for (let i = flat.indexOf(' '); i !== -1; i = flat.indexOf(' ', i + 1)) {
    const run = text.slice(toOriginal[i], toOriginal[i + 1]);
    if (!/[\n\r\u2028\u2029]/u.test(run)) continue;
    out += `${flat.slice(from, i)}\n`;
    from = i + 1;
  }
  return out + flat.slice(from);
}

/** The span a reader calls the date: from its first date word to the end of the match. */
function spanOf(kind: keyof typeof PATTERNS, m: RegExpExecArray): Interval | null {
  const g = m.indices?.groups;
  const first =
    kind === 'dayMonth'
      ? (g?.weekday ?? g?.day)
      : kind === 'month'
        ? g?.month
        : kind === 'year'
          ? g?.year
          : g?.weekday;
  return first ? [first[0], m.index + m[0].length] : null;
}

function toMention(
  g: Groups,
  documentDate: CalendarDay,
): Omit<DateMention, 'start' | 'end'> | null {
  const weekday = g.weekday ? weekdayOf(g.weekday) : null;
  const explicitYear = g.year === undefined ? null : Number(g.year);

  if (g.month === undefined) {
    if (explicitYear !== null) return plain(isoOf(explicitYear), 'year', false);
    if (weekday === null) return null;
    const day = latestWeekday(WEEKDAYS.indexOf(weekday), documentDate);
    return { ...plain(isoOf(day.year, day.month, day.day), 'weekday', true), weekday };
  }

  // With two names ("يناير/كانون الثاني") the first one leads, as a reader would take it.
  const month = monthNumber(g.month);
  if (month === null) return null;
  const day = g.day === undefined ? null : Number(g.day);
  if (day !== null && (day < 1 || day > 31)) return null;
  const year = explicitYear ?? inferYear(month, day, relationOf(g.qual), documentDate);
  if (year === null) return null;
  const yearInferred = explicitYear === null;

  if (day === null) return plain(isoOf(year, month), 'month', yearInferred);
  if (day > daysInMonth(year, month)) return null;
  const actual = WEEKDAYS[weekdayIndex({ year, month, day })] ?? null;
  return {
    value: isoOf(year, month, day),
    precision: 'day',
    yearInferred,
    weekday,
    weekdayMismatch: weekday !== null && weekday !== actual,
  };
}

function relationOf(qualifier: string | undefined): MonthRelation {
  if (qualifier === undefined) return 'nearest-past';
  return NEXT.has(qualifier) ? 'next' : 'last';
}

function plain(
  value: string,
  precision: MentionPrecision,
  yearInferred: boolean,
): Omit<DateMention, 'start' | 'end'> {
  return { value, precision, yearInferred, weekday: null, weekdayMismatch: false };
}
