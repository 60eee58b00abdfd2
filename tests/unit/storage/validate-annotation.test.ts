import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnnotation, normalizeTags } from '../../../src/storage/validate-annotation';
import { makeRecord } from './test-stores';

const tagText = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(' أمن ', 'أمن', '\u0627\u0653', '\u0622', '\t', '', 'CSTO'),
);

describe('normalizeTags', () => {
  it('property: tags come out trimmed, non-empty, NFC, unique, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(tagText, { maxLength: 10 }), (given) => {
        const tags = normalizeTags(given);
        for (const tag of tags) {
          expect(tag).toBe(tag.trim());
          expect(tag).not.toBe('');
          expect(tag).toBe(tag.normalize('NFC'));
        }
        expect(new Set(tags).size).toBe(tags.length);
        expect(normalizeTags(tags)).toEqual(tags);
      }),
    );
  });
});

describe('normalizeAnnotation', () => {
  it('returns a valid record unchanged, as a new object', () => {
    const record = makeRecord({ tags: ['أمن'], note: 'ملاحظة' });
    const clean = normalizeAnnotation(record);
    expect(clean).toEqual(record);
    expect(clean).not.toBe(record);
    expect(clean.target).not.toBe(record.target);
  });

  it('keeps a null target: a note on the whole document', () => {
    const record = makeRecord({ target: null, note: 'about the whole article' });
    expect(normalizeAnnotation(record)).toEqual(record);
  });

  it('keeps a quote-only target without inventing a position', () => {
    const { quote } = makeRecord().target!;
    const clean = normalizeAnnotation(makeRecord({ target: { quote } }));
    expect(clean.target).toEqual({ quote });
    expect('position' in clean.target!).toBe(false);
  });

  it.each([null, undefined, 'record', 42, []])('rejects %j as invalid', (value) => {
    expect(() => normalizeAnnotation(value)).toThrowError(
      expect.objectContaining({ code: 'invalid' }),
    );
  });
});
