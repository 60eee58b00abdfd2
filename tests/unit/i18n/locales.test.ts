import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/init-i18n';
import { pickUiLanguage } from '../../../src/i18n/languages';
import ar from '../../../src/i18n/locales/ar.json';
import en from '../../../src/i18n/locales/en.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key path of a resource tree, with plural suffixes folded away. */
function keys(tree: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix + k.replace(PLURAL_SUFFIX, '');
    if (typeof v === 'object' && v !== null) keys(v, `${path}.`).forEach((x) => out.add(x));
    else out.add(path);
  }
  return out;
}

describe('locales', () => {
  it('Arabic and English have the same keys', () => {
    expect([...keys(en)].sort()).toEqual([...keys(ar)].sort());
  });

  it('has no empty strings', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((v) => (typeof v === 'object' ? empty(v) : v.trim() === ''));
    expect(empty(ar)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});

describe('Arabic plurals use all six forms', () => {
  const t = createI18n('ar').t;
  it.each([
    [0, 'قراءة في أقل من دقيقة'],
    [1, 'قراءة في دقيقة واحدة'],
    [2, 'قراءة في دقيقتين'],
    [3, 'قراءة في 3 دقائق'],
    [10, 'قراءة في 10 دقائق'],
    [11, 'قراءة في 11 دقيقة'],
    [99, 'قراءة في 99 دقيقة'],
    [100, 'قراءة في 100 دقيقة'],
  ])('%i minutes', (count, text) => {
    expect(t('article.readingTime', { count })).toBe(text);
  });

  it('English uses one and other', () => {
    const tEn = createI18n('en').t;
    expect(tEn('article.readingTime', { count: 1 })).toBe('1 minute to read');
    expect(tEn('article.readingTime', { count: 5 })).toBe('5 minutes to read');
  });
});

describe('pickUiLanguage', () => {
  it.each([
    ['?lang=en', 'ar', ['ar'], 'en'],
    ['?lang=ar', 'en', ['en-US'], 'ar'],
    ['?lang=fr', 'en', ['ar'], 'en'],
    ['', 'en', ['ar'], 'en'],
    ['', null, ['en-GB', 'ar'], 'en'],
    ['', 'xx', ['fr-FR', 'ar-EG'], 'ar'],
    ['', undefined, ['fr-FR'], 'ar'],
    ['', undefined, [], 'ar'],
  ] as const)('%s saved=%s browser=%j → %s', (search, saved, browser, expected) => {
    expect(pickUiLanguage(search, saved, browser)).toBe(expected);
  });
});
