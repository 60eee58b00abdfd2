import search from 'approx-string-match';
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../src/anchoring/anchor';
import { describe } from '../../../src/anchoring/describe';
import {
  ANCHORING_NORMALIZATION,
  normalizeArabicText,
} from '../../../src/anchoring/normalize-arabic';
import {
  contextErrorBudget,
  quoteErrorBudget,
  toQuotePattern,
} from '../../../src/anchoring/quote-pattern';
import type { TextRange } from '../../../src/anchoring/selectors';
import { seedArticle } from '../../seed-article';
import { arabicString, arabicUnits, isRemovedMark } from './arabic-arbitraries';

const article = seedArticle().text;
const words = [...article.matchAll(/\S+/gu)].map((m) => ({
  start: m.index,
  end: m.index + m[0].length,
}));

/** A range of 1–12 whole words (as the app makes them: selections snap to words). */
const wordRange = fc
  .tuple(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 12 }))
  .map(([first, count]): TextRange => {
    const last = words[Math.min(words.length - 1, first + count - 1)];
    return { start: words[first]?.start ?? 0, end: last?.end ?? 0 };
  });

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies non-overlapping edits (given in original offsets) from the last to the first. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  }
  return out;
}

/** Drops edits that touch an earlier kept one, so each edit's effect is independent. */
function disjoint(edits: Edit[]): Edit[] {
  const kept: Edit[] = [];
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    const last = kept[kept.length - 1];
    if (!last || e.at > last.at + last.remove) kept.push(e);
  }
  return kept;
}

/** Where `range` of the original text is after `edits`: offsets shift by edits before it. */
function mapRange(range: TextRange, edits: Edit[], edited: string): TextRange {
  let start = range.start;
  let end = range.end;
  for (const e of edits) {
    const delta = e.insert.length - e.remove;
    if (e.at + e.remove <= range.start) start += delta;
    if (e.at + e.remove <= range.end && e.at < range.end) end += delta;
  }
  // Marks typed right after the last letter belong to it; marks alone at the very start of
  // the text join the first letter.
  while (end < edited.length && isRemovedMark(edited[end])) end++;
  if ([...edited.slice(0, start)].every(isRemovedMark)) start = 0;
  return { start, end };
}

/**
 * Does `letter` equal (after normalisation) the letter before or after `at`, harakat skipped?
 * (In «بيّن», a ن put between ي and its shadda lands next to the final ن once marks go.)
 */
function sameLetter(letter: string, text: string, at: number): boolean {
  const norm = (ch: string | undefined) => normalizeArabicText(ch ?? '', ANCHORING_NORMALIZATION);
  let before = at - 1;
  while (before > 0 && isRemovedMark(text[before])) before--;
  let after = at;
  while (after < text.length - 1 && isRemovedMark(text[after])) after++;
  return norm(letter) === norm(text[before]) || norm(letter) === norm(text[after]);
}

const insertion = fc.string({ unit: fc.constantFrom(...arabicUnits), maxLength: 4 });
const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];

suite('anchor properties', () => {
  it('describe then anchor is the identity on the real article, for any range', () => {
    fc.assert(
      fc.property(fc.nat({ max: article.length }), fc.nat({ max: article.length }), (a, b) => {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        expect(anchor(describe(range, article), article)).toEqual({ status: 'position', ...range });
      }),
      { numRuns: 300 },
    );
  });

  it('describe then anchor is the identity on any text', () => {
    fc.assert(
      fc.property(arabicString(80), fc.nat(), fc.nat(), (text, a, b) => {
        const x = a % (text.length + 1);
        const y = b % (text.length + 1);
        const range = { start: Math.min(x, y), end: Math.max(x, y) };
        expect(anchor(describe(range, text), text)).toEqual({ status: 'position', ...range });
      }),
      { numRuns: 300 },
    );
  });

  it('after small edits elsewhere, still anchors to its quote', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: insertion });
    fc.assert(
      fc.property(wordRange, fc.array(edit, { minLength: 1, maxLength: 3 }), (range, raw) => {
        const outside = article.length - (range.end - range.start);
        const edits = disjoint(
          raw.map((e) => {
            const at = e.at % (outside + 1);
            if (at < range.start) return { ...e, at, remove: Math.min(e.remove, range.start - at) };
            const after = at + (range.end - range.start);
            return { ...e, at: after, remove: Math.min(e.remove, article.length - after) };
          }),
        );
        // A haraka typed onto the quote's last letter is an edit of the quote, not elsewhere.
        fc.pre(!edits.some((e) => e.at === range.end && isRemovedMark(e.insert[0])));
        const edited = applyEdits(article, edits);
        const result = anchor(describe(range, article), edited);
        expect(result.status === 'position' || result.status === 'quote').toBe(true);
        expect(result).toMatchObject(mapRange(range, edits, edited));
      }),
      { numRuns: 300 },
    );
  });

  it('after edits inside the quote within the error budget, anchors to the edited quote', () => {
    const change = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'substitute', 'insert'),
      letter: fc.constantFrom(...letters),
    });
    fc.assert(
      fc.property(wordRange, fc.array(change, { minLength: 1, maxLength: 6 }), (range, raw) => {
        const target = describe(range, article);
        const pattern = toQuotePattern(target.quote);
        const budget = Math.min(
          quoteErrorBudget(pattern.exact.length, true),
          contextErrorBudget(pattern.context.length),
        );
        const length = range.end - range.start;
        // Context on both sides: at the very start of the text, an inserted copy of the first
        // letter makes an exact match one letter later, which is as right as the edited quote.
        fc.pre(length >= 3 && budget >= 1 && range.start > 0 && range.end < article.length);
        // Strictly inside, and unambiguous: an edit right at a boundary, or a letter inserted
        // next to the first or last one, is as well explained by an edit of the context; and
        // a deletion between two spaces is two edits once whitespace collapses; a letter
        // inserted next to a copy of itself may as well have gone at the end of the run.
        const edits = disjoint(
          raw
            .slice(0, budget)
            .map((c): Edit => {
              const at = range.start + 1 + (c.at % (length - 2));
              if (c.kind === 'delete') return { at, remove: 1, insert: '' };
              if (c.kind === 'substitute') return { at, remove: 1, insert: c.letter };
              return { at, remove: 0, insert: c.letter };
            })
            // Putting a letter in place of a haraka adds a letter, like an insertion.
            .map((e) => ({ ...e, adds: e.remove === 0 || isRemovedMark(article[e.at]) }))
            .filter((e) => !e.adds || (e.at >= range.start + 2 && e.at <= range.end - 2))
            .filter((e) => !e.adds || !sameLetter(e.insert, article, e.at))
            .map(({ adds: _, ...e }) => e)
            .filter((e) => e.insert !== '' || !/\s/u.test(article[e.at - 1]! + article[e.at + 1]!)),
        );
        fc.pre(edits.length > 0);
        const edited = applyEdits(article, edits);
        const result = anchor(target, edited);
        expect(['fuzzy', 'quote', 'position']).toContain(result.status);
        expect(result).toMatchObject(mapRange(range, edits, edited));
      }),
      { numRuns: 300 },
    );
  });

  it('beyond the error budget, a quote found nowhere else is an orphan, never a wrong place', () => {
    fc.assert(
      fc.property(wordRange, (range) => {
        const target = describe(range, article);
        const { exact } = toQuotePattern(target.quote);
        const budget = quoteErrorBudget(exact.length, true);
        const block = budget + 1;
        const length = range.end - range.start;
        fc.pre(length >= 3 * block + 2);
        // Unique: no second approximate occurrence anywhere, even with twice the budget.
        const masked =
          article.slice(0, range.start) + '§'.repeat(length) + article.slice(range.end);
        fc.pre(
          search(normalizeArabicText(masked, ANCHORING_NORMALIZATION), exact, 2 * block).length ===
            0,
        );
        const middle = range.start + Math.floor((length - block) / 2);
        const edited = article.slice(0, middle) + '§'.repeat(block) + article.slice(middle + block);
        expect(anchor(target, edited)).toEqual({ status: 'orphan' });
      }),
      { numRuns: 200 },
    );
  });
});
