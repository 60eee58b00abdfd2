import { describe, expect, it } from 'vitest';
import { extractEnglishDates } from '../../../src/timeline/extract-english-dates';
import { englishCases, englishNonDates } from './extract-english-dates-cases';
import { observedFound } from './found-date-cases';

describe('extractEnglishDates, table', () => {
  it.each(englishCases)('%s', (_name, text, documentDate, expected) => {
    const found = extractEnglishDates(text, documentDate).map((f) => observedFound(text, f));
    expect(found).toEqual(expected);
  });

  it.each(englishNonDates)('finds no date in %s', (_name, text) => {
    expect(extractEnglishDates(text, '2024-03-14')).toEqual([]);
  });

  it('refuses a document date that is not a calendar day', () => {
    expect(() => extractEnglishDates('', '2024-02-30')).toThrow(RangeError);
  });
});
