import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/search/find-in-text';
import { findHitKey, hitDecorations } from '../../../src/search/hit-decorations';
import { seedArticle } from '../../seed-article';

const article = seedArticle().text;
const hits = createSearchIndex(article).findAll('الاستجابه');

describe('hitDecorations', () => {
  it('draws each hit of «الاستجابه» where it is, keyed by its index, one of them current', () => {
    expect(hitDecorations(hits, 1)).toEqual([
      { key: 'find-0', start: hits[0]?.start, end: hits[0]?.end, current: false },
      { key: 'find-1', start: hits[1]?.start, end: hits[1]?.end, current: true },
    ]);
    for (const d of hitDecorations(hits, 0)) {
      expect(article.slice(d.start, d.end)).toBe('الاستجابة');
    }
  });

  it('marks none current for -1', () => {
    expect(hitDecorations(hits, -1).some((d) => d.current)).toBe(false);
  });

  it('is empty without hits', () => {
    expect(hitDecorations([], -1)).toEqual([]);
  });
});

describe('findHitKey', () => {
  it('is the data-hit value the article puts on the mark', () => {
    expect(findHitKey(0)).toBe('find-0');
    expect(findHitKey(12)).toBe('find-12');
  });
});
