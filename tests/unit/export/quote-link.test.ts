import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../../../src/anchoring/selectors';
import { MAX_FRAGMENT_LENGTH, parseQuoteFragment } from '../../../src/export/parse-quote-link';
import { quoteLinkFragment, quoteLinkUrl } from '../../../src/export/quote-link';
import { dataset } from './export-dataset';

const realTarget = dataset[0]!.target;

function encodeJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#quote=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Fragments that must all be refused, and why. */
const hostile: [string, unknown][] = [
  ['not a string', 42],
  ['null', null],
  ['an object', { hash: '#quote=x' }],
  ['empty', ''],
  ['no quote parameter', '#other=abc'],
  ['empty payload', '#quote='],
  ['not base64url', '#quote=@@@'],
  ['standard base64 alphabet', '#quote=ab+/'],
  ['impossible base64 length', '#quote=abcde'],
  ['base64 of non-UTF-8 bytes', '#quote=_w'],
  ['base64 of not-JSON', `#quote=${btoa('hello').replace(/=+$/, '')}`],
  ['JSON of a wrong shape', encodeJson([1, 2, 3])],
  ['unknown version', encodeJson({ v: 2, e: 'x' })],
  ['empty quote', encodeJson({ v: 1, e: '' })],
  ['wrong-typed quote', encodeJson({ v: 1, e: 5 })],
  ['negative start', encodeJson({ v: 1, e: 'ab', a: -2, b: 0 })],
  ['fractional start', encodeJson({ v: 1, e: 'ab', a: 0.5, b: 2.5 })],
  ['start without end', encodeJson({ v: 1, e: 'ab', a: 0 })],
  ['position not spanning the quote', encodeJson({ v: 1, e: 'ab', a: 0, b: 5 })],
  ['prototype pollution attempt', encodeJson(JSON.parse('{"__proto__":{"v":1,"e":"x"}}'))],
  ['oversized', `#quote=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`],
];

describe('quote link fragments', () => {
  it('round-trips a real target', () => {
    const fragment = quoteLinkFragment(realTarget);
    expect(fragment).toMatch(/^#quote=[A-Za-z0-9_-]+$/);
    expect(parseQuoteFragment(fragment)).toEqual(realTarget);
  });

  it('finds the quote among other parameters, with or without #', () => {
    const payload = quoteLinkFragment(realTarget).slice(1);
    expect(parseQuoteFragment(`#lang=ar&${payload}&x=1`)).toEqual(realTarget);
    expect(parseQuoteFragment(payload)).toEqual(realTarget);
  });

  it.each(hostile)('refuses %s', (_name, fragment) => {
    expect(parseQuoteFragment(fragment)).toBeNull();
  });

  it('property: parse(encode(t)) equals t whenever the link fits', () => {
    const target = fc
      .record({
        exact: fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }),
        prefix: fc.string({ maxLength: 40, unit: 'binary' }),
        suffix: fc.string({ maxLength: 40, unit: 'binary' }),
        start: fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined }),
      })
      .map(({ exact, prefix, suffix, start }): AnnotationTarget => {
        const quote = { type: 'TextQuoteSelector' as const, exact, prefix, suffix };
        if (start === undefined) return { quote };
        const position = {
          type: 'TextPositionSelector' as const,
          start,
          end: start + exact.length,
        };
        return { quote, position };
      });
    fc.assert(
      fc.property(target, (t) => {
        const fragment = quoteLinkFragment(t);
        fc.pre(fragment.length <= MAX_FRAGMENT_LENGTH);
        expect(parseQuoteFragment(fragment)).toEqual(t);
      }),
      { numRuns: 500 },
    );
  });

  it('property: parsing any string never throws', () => {
    const anyHash = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `#quote=${s}`),
      fc.base64String().map((s) => `#quote=${s.replace(/=+$/, '')}`),
      fc.jsonValue().map(encodeJson),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyHash, (hash) => {
        const result = parseQuoteFragment(hash);
        if (result !== null) expect(result.quote.exact.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('quoteLinkUrl', () => {
  const page = {
    origin: 'https://qari.example',
    pathname: '/reader/',
    search: '?doc=tass-ar-2022-02-09-csto-zas&lang=en',
  };
  const id = 'c6bf5314-d48d-45be-8c55-7c1e63caec7c';

  it('names the document the quote was taken from, under the path prefix, with the quote', () => {
    const url = new URL(quoteLinkUrl(page, id, realTarget));
    expect(url.pathname).toBe('/reader/');
    expect(url.searchParams.get('doc')).toBe(id);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(parseQuoteFragment(url.hash)).toEqual(realTarget);
  });
});
