import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/init-i18n';

// The notes sidebar's heading says how many highlights there are (`notes.count`, Reader.tsx).
// Arabic has six CLDR plural categories and each reads differently; a missing or misnamed key
// silently falls back to "other" ("3 تظليل"), which is wrong Arabic.

describe('notes count: every Arabic plural form, through i18next and the real ar.json', () => {
  const t = createI18n('ar').t;
  it.each([
    // [count, CLDR category, text]
    [0, 'zero', 'لا تظليلات بعد'],
    [1, 'one', 'تظليل واحد'],
    [2, 'two', 'تظليلان'],
    [3, 'few', '3 تظليلات'],
    [10, 'few', '10 تظليلات'],
    [11, 'many', '11 تظليلًا'],
    [99, 'many', '99 تظليلًا'],
    [100, 'other', '100 تظليل'],
    [102, 'other', '102 تظليل'],
    // The categories repeat by the last two digits: 103 is "few" again, 111 "many".
    [103, 'few', '103 تظليلات'],
    [111, 'many', '111 تظليلًا'],
    [1000, 'other', '1000 تظليل'],
  ] as const)('%i (%s) → %s', (count, category, text) => {
    expect(new Intl.PluralRules('ar').select(count)).toBe(category);
    expect(t('notes.count', { count })).toBe(text);
  });

  it('English has a zero form and one/other', () => {
    const tEn = createI18n('en').t;
    expect(tEn('notes.count', { count: 0 })).toBe('No highlights yet');
    expect(tEn('notes.count', { count: 1 })).toBe('1 highlight');
    expect(tEn('notes.count', { count: 2 })).toBe('2 highlights');
  });
});
