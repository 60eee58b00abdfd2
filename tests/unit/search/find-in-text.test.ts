import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, findAll } from '../../../src/search/find-in-text';
import { seedArticle } from '../../seed-article';
import { findCases } from './find-in-text-cases';

const article = seedArticle().text;
const index = createSearchIndex(article);

describe('findAll on the real article', () => {
  it.each(findCases)('$name: «$query»', ({ query, hits }) => {
    const found = index.findAll(query);
    expect(found.map((r) => article.slice(r.start, r.end))).toEqual(hits);
  });

  it('counts every «منظمة», in reading order, without overlaps', () => {
    const found = findAll('منظمة', article);
    expect(found).toHaveLength(23);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? Infinity);
    }
  });

  it('finds nothing for a query of tatweel alone', () => {
    expect(index.findAll('ـ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(index.findAll('الأمن', { limit: 3 })).toHaveLength(3);
  });

  it('finds every word of the article where it is', () => {
    fc.assert(
      fc.property(fc.nat({ max: article.length - 1 }), (at) => {
        const match = /[\p{L}\p{N}]+/u.exec(article.slice(at));
        fc.pre(match !== null);
        const start = at + (match?.index ?? 0);
        const word = match?.[0] ?? '';
        // A run of tatweel alone (the «ـ» of «للـ») is \p{L} but normalises to nothing.
        fc.pre(/[^\u0640]/u.test(word));
        const hits = index.findAll(word);
        expect(hits.some((h) => h.start <= start && h.end >= start + word.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** An English text with accents, as an added article might be. */
const ENGLISH = 'Fishermen met at the Café Marée.\n\nThe CAFE opened; naïve Zoë said «cafe\u0301».';

describe('findAll in an English text: case and accents fold as harakat do', () => {
  it.each([
    { query: 'CAFE', hits: ['Café', 'CAFE', 'cafe\u0301'] },
    { query: 'café', hits: ['Café', 'CAFE', 'cafe\u0301'] },
    { query: 'maree', hits: ['Marée'] },
    { query: 'NAIVE ZOE', hits: ['naïve Zoë'] },
    { query: 'fishermen', hits: ['Fishermen'] },
  ])('«$query»', ({ query, hits }) => {
    const found = findAll(query, ENGLISH);
    expect(found.map((r) => ENGLISH.slice(r.start, r.end))).toEqual(hits);
  });
});
