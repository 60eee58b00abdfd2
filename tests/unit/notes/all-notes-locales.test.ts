import { describe, expect, it } from 'vitest';
import appAr from '../../../src/i18n/locales/ar.json';
import ar from '../../../src/i18n/locales/all-notes.ar.json';
import en from '../../../src/i18n/locales/all-notes.en.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix + k.replace(PLURAL_SUFFIX, '');
    return typeof v === 'object' && v !== null ? keys(v, `${path}.`) : [path];
  });
}

describe('the all-notes translations (loaded with its view)', () => {
  it('Arabic and English have the same keys', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(ar))].sort());
  });

  it('have no empty strings', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((v) => (typeof v === 'object' ? empty(v) : v.trim() === ''));
    expect(empty(ar)).toBe(false);
    expect(empty(en)).toBe(false);
  });

  it('add top-level keys of their own, never overwriting the app bundle', () => {
    for (const key of Object.keys(ar)) expect(Object.keys(appAr)).not.toContain(key);
  });
});
