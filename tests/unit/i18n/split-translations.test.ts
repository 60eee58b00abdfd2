import { describe, expect, it } from 'vitest';
import ar from '../../../src/i18n/locales/ar.json';
import en from '../../../src/i18n/locales/en.json';
import { LATER_TRANSLATIONS, splitTranslations } from '../../../src/i18n/split-translations';

describe('splitTranslations', () => {
  it.each([
    ['a section kept whole', { app: { name: 'x' } }, { app: { name: 'x' } }, {}],
    ['a later section', { backup: { title: 'b' } }, {}, { backup: { title: 'b' } }],
    [
      'a section split but for the keys the first screen shows',
      { toolbar: { copied: 'c', copyFailed: 'f', label: 'l' } },
      { toolbar: { copied: 'c', copyFailed: 'f' } },
      { toolbar: { label: 'l' } },
    ],
  ])('%s', (_name, all, first, later) => {
    expect(splitTranslations(all)).toEqual({ first, later });
  });

  it.each([
    ['ar', ar],
    ['en', en],
  ])(
    '%s: the two parts together are the whole file, and every later section is in it',
    (_lng, all) => {
      const { first, later } = splitTranslations(all);
      const merged: Record<string, unknown> = { ...first };
      for (const [section, value] of Object.entries(later)) {
        merged[section] = { ...(merged[section] as object), ...(value as object) };
      }
      expect(merged).toEqual(all);
      for (const section of Object.keys(LATER_TRANSLATIONS)) expect(later).toHaveProperty(section);
    },
  );
});
