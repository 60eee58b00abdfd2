import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/search/find-in-text';
import { hitAtOrAfter, stepHit } from '../../../src/search/find-navigation';
import { seedArticle } from '../../seed-article';
import { stepCases } from './find-navigation-cases';

const article = seedArticle().text;
const index = createSearchIndex(article);
// 23 hits spread over the whole article.
const hits = index.findAll('منظمة');

describe('stepHit', () => {
  it.each(stepCases)('$name', ({ current, count, direction, expected }) => {
    expect(stepHit(current, count, direction)).toBe(expected);
  });

  it('next then previous comes back, and count steps go all the way round', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2000 })
          .chain((count) => fc.tuple(fc.constant(count), fc.nat({ max: count - 1 }))),
        ([count, current]) => {
          expect(stepHit(stepHit(current, count, 'next'), count, 'previous')).toBe(current);
          let at = current;
          for (let i = 0; i < count; i++) at = stepHit(at, count, 'next');
          expect(at).toBe(current);
        },
      ),
    );
  });
});

describe('hitAtOrAfter on the hits of «منظمة» in the real article', () => {
  it('finds the hit starting exactly at an offset', () => {
    expect(hits).toHaveLength(23);
    hits.forEach((hit, i) => expect(hitAtOrAfter(hits, hit.start)).toBe(i));
  });

  it('from the top of the text, is the first hit', () => {
    expect(hitAtOrAfter(hits, 0)).toBe(0);
  });

  it('from inside a hit, is the next one', () => {
    const [, second] = hits;
    expect(second && hitAtOrAfter(hits, second.start + 1)).toBe(2);
  });

  it('past the last hit, wraps to the first', () => {
    expect(hitAtOrAfter(hits, article.length)).toBe(0);
  });

  it('is -1 without hits', () => {
    expect(hitAtOrAfter([], 10)).toBe(-1);
  });

  it('is always the first hit at or after the offset (or the first, wrapping)', () => {
    fc.assert(
      fc.property(fc.nat({ max: article.length + 5 }), (offset) => {
        const expected = hits.findIndex((h) => h.start >= offset);
        expect(hitAtOrAfter(hits, offset)).toBe(expected === -1 ? 0 : expected);
      }),
    );
  });
});
