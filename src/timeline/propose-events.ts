import { describe } from '../anchoring/describe';
import { textFingerprint } from '../anchoring/text-fingerprint';
import type { AnnotationTarget, TextRange } from '../anchoring/selectors';
import { eventTitle } from './event-title';
import { extractEnglishDates } from './extract-english-dates';
import { findArabicDates } from './find-arabic-dates';
import type { FoundDate } from './found-date';
import { splitClauses } from './split-clauses';
import { splitSentences } from './split-sentences';

/** What the proposer needs to know about a document. */
export interface ProposeOptions {
  /** BCP 47 tag of the text's language: `ar…` and `en…` are read; any other yields nothing. */
  language: string;
  /** ISO `YYYY-MM-DD` the text speaks from: its publication date, else the day it was added. */
  published: string;
}

/** A timeline event proposed from a document's text, for the reader to accept or dismiss. */
export interface ProposedEvent extends Omit<FoundDate, 'start' | 'end'> {
  /**
   * `p.<hash>.<n>`: the n-th proposal (from 0, in text order) whose date expression reads the
   * same and resolves to the same date. The same for the same text, and for a corrected text
   * where the expression still reads so (see `proposalKey`): a proposal the reader accepted or
   * dismissed stays closed when other sentences change.
   */
  id: string;
  /** Short title taken from the sentence, in the document's language. */
  title: string;
  /** The sentence (or clause) that holds the date, anchored like a highlight. */
  target: AnnotationTarget;
  /** Where the date expression itself is in the text. */
  dateRange: TextRange;
}

/**
 * Proposes timeline events from a document's canonical text: each sentence holding a date
 * expression becomes a candidate with its resolved date (see findArabicDates and
 * extractEnglishDates), its sentence as W3C TextQuote and TextPosition selectors (a sentence
 * with several dates is cut into one clause per date) and a title taken from it. The same date
 * written twice in one sentence is one candidate. Ordered by date (a year or month before the
 * days in it), then by place in the text; candidates without a date ("last week") come last.
 * Pure; `gapsBefore` gives the gaps between them.
 * @param blocks the document's blocks as ranges of `text`; without them, each line is a block
 * @throws RangeError if `options.published` is not a calendar date (a caller bug)
 */
export function proposeEvents(
  text: string,
  blocks: readonly TextRange[] | undefined,
  options: ProposeOptions,
): ProposedEvent[] {
  const found = findDates(text, options);
  const proposals: ProposedEvent[] = [];
  const seen = new Map<string, number>();
  let next = 0;
  for (const sentence of splitSentences(text, blocks)) {
    const inside: FoundDate[] = [];
    while (next < found.length && (found[next] as FoundDate).start < sentence.end) {
      const f = found[next] as FoundDate;
      if (f.start >= sentence.start && f.end <= sentence.end && !repeats(inside, f)) inside.push(f);
      next += 1;
    }
    const clauses = splitClauses(text, sentence, inside);
    inside.forEach((f, i) => {
      const clause = clauses[i] ?? sentence;
      const { start, end, ...date } = f;
      const key = proposalKey(text.slice(start, end), f);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      proposals.push({
        ...date,
        id: `p.${textFingerprint(key).toString(36)}.${n}`,
        title: eventTitle(text, clause, { start, end }),
        target: describe(clause, text),
        dateRange: { start, end },
      });
    });
  }
  return proposals.sort(byDate);
}

/** What a proposal's id is made of: its date expression as written, and what it resolves to. */
function proposalKey(expression: string, f: FoundDate): string {
  return [expression.normalize('NFC'), f.date?.value ?? '', f.until?.value ?? ''].join('|');
}

function findDates(text: string, { language, published }: ProposeOptions): FoundDate[] {
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'ar') return findArabicDates(text, published);
  if (primary === 'en') return extractEnglishDates(text, published);
  return [];
}

/** The same date (and range) again in one sentence, or a Hijri date's Gregorian twin. */
function repeats(kept: FoundDate[], f: FoundDate): boolean {
  const twin = kept.find(
    (k) => k.date !== null && k.date.value === f.date?.value && k.until?.value === f.until?.value,
  );
  if (twin && !twin.hijri && f.hijri) twin.hijri = f.hijri;
  return twin !== undefined;
}

function byDate(a: ProposedEvent, b: ProposedEvent): number {
  if (a.date && b.date && a.date.value !== b.date.value)
    return a.date.value < b.date.value ? -1 : 1;
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return a.dateRange.start - b.dateRange.start;
}
