import { describe, expect, it } from 'vitest';
import { filterLibrary, foldTitle, sortLibrary } from '../../../src/library/library-list';
import { filterCases, sortCases } from './library-list-cases';
import { libraryItems } from './library-items';

describe('filterLibrary', () => {
  it.each(filterCases)('$name', ({ query, ids }) => {
    expect(filterLibrary(libraryItems, query).map((item) => item.id)).toEqual(ids);
  });

  it('does not change the list it is given', () => {
    const before = libraryItems.map((item) => item.id);
    filterLibrary(libraryItems, 'غزة');
    expect(libraryItems.map((item) => item.id)).toEqual(before);
  });
});

describe('sortLibrary', () => {
  it.each(sortCases)('$name', ({ sort, locale, ids }) => {
    expect(sortLibrary(libraryItems, sort, locale).map((item) => item.id)).toEqual(ids);
  });

  it('returns a new array and leaves its input in order', () => {
    const before = libraryItems.map((item) => item.id);
    expect(sortLibrary(libraryItems, 'title', 'ar')).not.toBe(libraryItems);
    expect(libraryItems.map((item) => item.id)).toEqual(before);
  });
});

describe('foldTitle', () => {
  it.each([
    ['أَمْنُ الإقليم', 'امن الاقليم'],
    ['آخر الأخبار', 'اخر الاخبار'],
    ['مدرسة على الطريق', 'مدرسه علي الطريق'],
    ['  Naïve   RÉSUMÉ ', 'naive resume'],
    ['العدد ٤٢', 'العدد 42'],
  ])('%s → %s', (title, folded) => {
    expect(foldTitle(title)).toBe(folded);
  });
});
