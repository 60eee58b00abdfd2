import { describe, expect, it } from 'vitest';
import type { HijriDate } from '../../../src/timeline/found-date';
import { formatHijriDate } from '../../../src/timeline/format-hijri-date';

const hijri = (value: string, precision: HijriDate['precision']): HijriDate => ({
  value,
  precision,
  calendar: 'islamic-umalqura',
});

describe('formatHijriDate', () => {
  it.each([
    [hijri('1445-09-15', 'day'), 'ar', 'latn', '15 رمضان 1445 هـ'],
    [hijri('1445-09-15', 'day'), 'ar', 'arab', '١٥ رمضان ١٤٤٥ هـ'],
    [hijri('1444-12-09', 'day'), 'ar', 'latn', '9 ذو الحجة 1444 هـ'],
    [hijri('1445-01', 'month'), 'ar', 'latn', 'محرم 1445 هـ'],
    [hijri('1445', 'year'), 'ar', 'arab', '١٤٤٥ هـ'],
    [hijri('1445-09-15', 'day'), 'en', 'arab', '15 Ramadan 1445 AH'],
    [hijri('1444-12', 'month'), 'en', 'latn', 'Dhu al-Hijjah 1444 AH'],
  ] as const)('%o in %s with %s digits', (date, uiLanguage, digits, expected) => {
    expect(formatHijriDate(date, { uiLanguage, digits })).toBe(expected);
  });
});
