import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gregorianToHijri,
  hijriToGregorian,
  tabularGregorianToHijri,
  tabularHijriToGregorian,
} from '../../../src/timeline/hijri-calendar';

const day = (iso: string) => {
  const [year = 0, month = 0, d = 0] = iso.split('-').map(Number);
  return { year, month, day: d };
};

/** [Hijri, Gregorian by Umm al-Qura]: the starts of Ramadan, the Eids and the new year as Saudi Arabia announced them. */
const UMM_AL_QURA: [string, string][] = [
  ['1444-10-01', '2023-04-21'],
  ['1444-12-10', '2023-06-28'],
  ['1445-01-01', '2023-07-19'],
  ['1445-09-01', '2024-03-11'],
  ['1445-09-15', '2024-03-25'],
  ['1445-10-01', '2024-04-10'],
  ['1446-09-01', '2025-03-01'],
];

/** [Hijri, Gregorian] of the tabular (civil, Friday-epoch) calendar. */
const TABULAR: [string, string][] = [
  ['1-01-01', '0622-07-19'],
  ['1400-01-01', '1979-11-21'],
  ['1444-10-01', '2023-04-22'],
  ['1445-09-01', '2024-03-11'],
];

describe('Hijri calendar', () => {
  it.each(UMM_AL_QURA)('%s AH is %s by Umm al-Qura', (hijri, gregorian) => {
    expect(hijriToGregorian(day(hijri))).toEqual({
      day: day(gregorian),
      calendar: 'islamic-umalqura',
    });
    expect(gregorianToHijri(day(gregorian)).day).toEqual(day(hijri));
  });

  it.each(TABULAR)('%s AH is %s in the tabular calendar', (hijri, gregorian) => {
    expect(tabularHijriToGregorian(day(hijri))).toEqual(day(gregorian));
    expect(tabularGregorianToHijri(day(gregorian))).toEqual(day(hijri));
  });

  it('refuses a month or day no Hijri calendar has', () => {
    expect(hijriToGregorian({ year: 1445, month: 13, day: 1 })).toBeNull();
    expect(hijriToGregorian({ year: 1445, month: 9, day: 31 })).toBeNull();
  });

  it('reads day 30 of a 29-day Umm al-Qura month as the day after the 29th', () => {
    // Ramadan 1445 has 29 days by Umm al-Qura: 1 Shawwal is 2024-04-10.
    expect(hijriToGregorian({ year: 1445, month: 9, day: 30 })?.day).toEqual(day('2024-04-09'));
  });

  it('round-trips every day of 1300–1600 AH that Umm al-Qura has (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1300, max: 1599 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 29 }),
        (year, month, d) => {
          const g = hijriToGregorian({ year, month, day: d });
          expect(g && gregorianToHijri(g.day).day).toEqual({ year, month, day: d });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips the tabular calendar (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 29 }),
        (year, month, d) => {
          const h = { year, month, day: d };
          expect(tabularGregorianToHijri(tabularHijriToGregorian(h))).toEqual(h);
        },
      ),
      { numRuns: 300 },
    );
  });
});
