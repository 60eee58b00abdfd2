import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArabicNormalization } from '../../../src/anchoring/normalize-arabic';
import {
  ANCHORING_NORMALIZATION,
  SEARCH_NORMALIZATION,
  normalizeArabic,
  normalizeArabicText,
  toNormalizedOffset,
  toOriginalRange,
} from '../../../src/anchoring/normalize-arabic';
import { seedArticle } from '../../seed-article';
import { arabicString, isRemovedMark } from './arabic-arbitraries';
import { mapCases, normalizeCases } from './normalize-arabic-cases';

const presets: Record<'anchoring' | 'search', Readonly<ArabicNormalization>> = {
  anchoring: ANCHORING_NORMALIZATION,
  search: SEARCH_NORMALIZATION,
};

const isRemoved = isRemovedMark;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (s: string, i: number) =>
  i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

describe('normalizeArabic', () => {
  it.each(normalizeCases)('$name ($preset)', ({ input, preset, expected }) => {
    expect(normalizeArabicText(input, presets[preset])).toBe(expected);
  });

  it.each(mapCases)('maps back: $name', ({ input, hit, original }) => {
    const norm = normalizeArabic(input, ANCHORING_NORMALIZATION);
    const at = norm.text.indexOf(hit);
    expect(at).toBeGreaterThanOrEqual(0);
    const range = toOriginalRange(norm, at, at + hit.length);
    expect(input.slice(range.start, range.end)).toBe(original);
  });

  it('maps original offsets to normalised ones, skipping removed marks', () => {
    const norm = normalizeArabic('مُستمرة', ANCHORING_NORMALIZATION);
    expect([0, 1, 2, 3, 8].map((o) => toNormalizedOffset(norm, o))).toEqual([0, 1, 1, 2, 6]);
  });

  it('normalises the real article without changing its length much', () => {
    const { text } = seedArticle();
    const norm = normalizeArabic(text, ANCHORING_NORMALIZATION);
    expect(norm.toOriginal).toHaveLength(norm.text.length + 1);
    expect([...norm.text].some(isRemoved)).toBe(false);
    expect(norm.text).not.toMatch(/[أإآ\n]/u);
    expect(text.length - norm.text.length).toBeLessThan(60);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arabicString(), fc.boolean(), (s, search) => {
        const options = search ? SEARCH_NORMALIZATION : ANCHORING_NORMALIZATION;
        const once = normalizeArabicText(s, options);
        expect(normalizeArabicText(once, options)).toBe(once);
      }),
    );
  });

  it('keeps a monotonic map whose entries start characters, never marks or half pairs', () => {
    fc.assert(
      fc.property(arabicString(), fc.boolean(), (s, search) => {
        const options = search ? SEARCH_NORMALIZATION : ANCHORING_NORMALIZATION;
        const { text, toOriginal } = normalizeArabic(s, options);
        expect(toOriginal).toHaveLength(text.length + 1);
        expect(toOriginal[text.length]).toBe(s.length);
        for (let i = 0; i < text.length; i++) {
          const at = toOriginal[i] as number;
          expect(at).toBeLessThan(toOriginal[i + 1] as number);
          // The second half of a pair maps to its own unit; ranges never start there.
          if (splitsPair(text, i)) continue;
          if (at > 0) expect(isRemoved(s[at])).toBe(false);
          expect(splitsPair(s, at)).toBe(false);
        }
      }),
    );
  });

  it('maps any normalised range back to original text that normalises to the same slice', () => {
    fc.assert(
      fc.property(arabicString(), fc.boolean(), fc.nat(), fc.nat(), (s, search, a, b) => {
        const options = search ? SEARCH_NORMALIZATION : ANCHORING_NORMALIZATION;
        const norm = normalizeArabic(s, options);
        const n = norm.text.length;
        let ns = Math.min(a, b) % (n + 1);
        let ne = Math.max(ns, Math.max(a, b) % (n + 1));
        if (splitsPair(norm.text, ns)) ns -= 1;
        if (splitsPair(norm.text, ne)) ne += 1;
        const { start, end } = toOriginalRange(norm, ns, ne);
        expect(start).toBeLessThanOrEqual(end);
        expect(splitsPair(s, start)).toBe(false);
        expect(splitsPair(s, end)).toBe(false);
        // Never split a letter from its harakat: the end is past the last character's marks.
        if (end > start && end < s.length) expect(isRemoved(s[end])).toBe(false);
        const back = normalizeArabicText(s.slice(start, end), options);
        expect(back).toBe(norm.text.slice(ns, ne));
      }),
      { numRuns: 500 },
    );
  });

  it('maps any normalised range of Latin text (capitals, accents, combining marks) back to text that normalises to it', () => {
    const latin = fc
      .array(fc.constantFrom(...'aAeEéÉèüÜçÇøØłŁßİ \n.,zZ\u0301\u0308\u0327'), { maxLength: 40 })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(latin, fc.boolean(), fc.nat(), fc.nat(), (s, search, a, b) => {
        const options = search ? SEARCH_NORMALIZATION : ANCHORING_NORMALIZATION;
        const norm = normalizeArabic(s, options);
        // No capital and no accent is left.
        expect(norm.text).not.toMatch(/\p{Lu}|\p{Mn}|[éèüçøł]/u);
        const n = norm.text.length;
        const ns = Math.min(a, b) % (n + 1);
        const ne = Math.max(ns, Math.max(a, b) % (n + 1));
        const { start, end } = toOriginalRange(norm, ns, ne);
        // The end never splits a letter from its combining accent.
        if (end > start && end < s.length)
          expect(s.charCodeAt(end)).not.toBeGreaterThanOrEqual(0x300);
        expect(normalizeArabicText(s.slice(start, end), options)).toBe(norm.text.slice(ns, ne));
      }),
      { numRuns: 500 },
    );
  });

  it('widens a range that splits a surrogate pair in the normalised text', () => {
    const norm = normalizeArabic('x😀y', ANCHORING_NORMALIZATION);
    expect(toOriginalRange(norm, 2, 4)).toEqual({ start: 1, end: 4 });
    expect(toOriginalRange(norm, 0, 2)).toEqual({ start: 0, end: 3 });
  });
});
