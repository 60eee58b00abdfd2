import { describe, expect, it } from 'vitest';
import appAr from '../../../src/i18n/locales/ar.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix + k.replace(PLURAL_SUFFIX, '');
    return typeof v === 'object' && v !== null ? keys(v, `${path}.`) : [path];
  });
}

/**
 * The checks every locale pair that loads with its own chunk must pass: the same keys in
 * Arabic and English, no empty string, and top-level keys of its own (it is added to the app's
 * bundle, so a shared key would overwrite the app's strings).
 */
export function describeLocalePair(name: string, ar: object, en: object): void {
  describe(name, () => {
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
}
