import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../src/anchoring/snap-to-words';
import { seedArticle } from '../../seed-article';
import { arabicString } from './arabic-arbitraries';
import { locate } from './passage';
import { snapCases } from './snap-to-words-cases';

const article = seedArticle().text;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

describe('snapToWords', () => {
  it.each(snapCases)('$name', ({ text = article, input, expected }) => {
    expect(snapToWords(locate(text, { at: input }), text)).toEqual(locate(text, { at: expected }));
  });

  it('clamps and orders odd ranges', () => {
    expect(snapToWords({ start: -4, end: 2 }, article)).toEqual({ start: 0, end: 4 });
    expect(snapToWords({ start: 6, end: 2 }, article)).toEqual({ start: 0, end: 11 });
    expect(snapToWords({ start: 0, end: 1e9 }, 'زاس')).toEqual({ start: 0, end: 3 });
  });

  it('grows, ends on word edges, and is idempotent when not collapsed', () => {
    const text = fc.oneof(fc.constant(article), arabicString(60));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const x = a % (t.length + 1);
        const y = b % (t.length + 1);
        const range = { start: Math.min(x, y), end: Math.max(x, y) };
        const snapped = snapToWords(range, t);
        // A collapsed result means "nothing"; snapping it again would treat it as a caret.
        if (snapped.start === snapped.end) return;
        expect(snapToWords(snapped, t)).toEqual(snapped);
        // Whole words: never inside one at either edge.
        expect(isWordChar(t[snapped.start - 1]) && isWordChar(t[snapped.start])).toBe(false);
        expect(isWordChar(t[snapped.end - 1]) && isWordChar(t[snapped.end])).toBe(false);
        // Only whitespace is ever dropped from the selection.
        const dropped = t.slice(range.start, snapped.start) + t.slice(snapped.end, range.end);
        expect(dropped.trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
