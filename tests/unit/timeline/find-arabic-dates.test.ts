import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../../src/timeline/find-arabic-dates';
import { arabicCases, arabicNonDates } from './find-arabic-dates-cases';
import { observedFound } from './found-date-cases';

describe('findArabicDates, table', () => {
  it.each(arabicCases)('%s', (_name, text, documentDate, expected) => {
    const found = findArabicDates(text, documentDate).map((f) => observedFound(text, f));
    expect(found).toEqual(expected);
  });

  it.each(arabicNonDates)('finds no date in %s', (_name, text) => {
    expect(findArabicDates(text, '2024-03-14')).toEqual([]);
  });

  it('refuses a document date that is not a calendar day', () => {
    expect(() => findArabicDates('', '2024-02-30')).toThrow(RangeError);
  });
});
