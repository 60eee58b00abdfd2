import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/timeline/days-between';
import { formatEventDate } from '../../../src/timeline/format-event-date';
import { daysBetweenCases, formatCases } from './format-event-date-cases';

describe('formatEventDate', () => {
  it.each(formatCases)('%j with %j → %s', (date, options, expected) => {
    expect(formatEventDate(date, options)).toBe(expected);
  });

  it('puts no bidi control characters into the display string', () => {
    for (const [date, options] of formatCases) {
      expect(formatEventDate(date, options)).not.toMatch(/[\u200E\u200F\u061C\u202A-\u202E]/u);
    }
  });
});

describe('daysBetween', () => {
  it.each(daysBetweenCases)('%j → %j is %s days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it('is antisymmetric and adds up along a chain of days', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => ({ value: d.toISOString().slice(0, 10), precision: 'day' as const }));
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        const ab = daysBetween(a, b) ?? NaN;
        expect(daysBetween(b, a)).toBe(0 - ab);
        expect(ab + (daysBetween(b, c) ?? NaN)).toBe(daysBetween(a, c));
      }),
    );
  });
});
