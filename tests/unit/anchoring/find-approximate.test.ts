import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findApproximate } from '../../../src/anchoring/find-approximate';
import {
  ANCHORING_NORMALIZATION,
  normalizeArabicText,
} from '../../../src/anchoring/normalize-arabic';
import { seedArticle } from '../../seed-article';

const text = normalizeArabicText(seedArticle().text, ANCHORING_NORMALIZATION);
const letters = [...'ابتسلمنهوي '];

/** A slice of the article with a few random edits: what a stored quote becomes. */
const editedSlice = fc
  .record({
    at: fc.nat({ max: text.length - 120 }),
    length: fc.integer({ min: 10, max: 100 }),
    edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...letters), fc.boolean()), {
      maxLength: 6,
    }),
  })
  .map(({ at, length, edits }) => {
    let s = text.slice(at, at + length);
    for (const [where, letter, remove] of edits) {
      const i = where % s.length;
      s = s.slice(0, i) + (remove ? '' : letter) + s.slice(i + (remove ? 1 : 0));
    }
    return s;
  });

describe('findApproximate', () => {
  it('finds the same best error count as a full bit-parallel scan', () => {
    fc.assert(
      fc.property(editedSlice, fc.integer({ min: 0, max: 8 }), (pattern, maxErrors) => {
        fc.pre(pattern.length > maxErrors);
        const ours = findApproximate(text, pattern, {
          from: 0,
          to: text.length,
          maxErrors,
          cutStart: 0,
          cutEnd: pattern.length,
        });
        const reference = search(text, pattern, maxErrors);
        const best = (xs: { errors: number }[]) => Math.min(...xs.map((x) => x.errors));
        expect(ours.length > 0).toBe(reference.length > 0);
        if (reference.length > 0) expect(best(ours)).toBe(best(reference));
        for (const a of ours) expect(a.errors).toBeLessThanOrEqual(maxErrors);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every exact occurrence when no edits are allowed', () => {
    const phrase = 'منظمة معاهدة الامن الجماعي';
    const found = findApproximate(text, phrase, {
      from: 0,
      to: text.length,
      maxErrors: 0,
      cutStart: 0,
      cutEnd: phrase.length,
    });
    expect(found).toHaveLength(16);
  });

  it('only looks at starts inside the window (widened by the budget)', () => {
    const phrase = 'منظمة معاهدة الامن الجماعي';
    const third = [...text.matchAll(new RegExp(phrase, 'gu'))][2]?.index ?? -1;
    const found = findApproximate(text, phrase, {
      from: third - 1,
      to: third + 1,
      maxErrors: 2,
      cutStart: 0,
      cutEnd: phrase.length,
    });
    expect(found.map((a) => a.start)).toEqual([third]);
  });
});
