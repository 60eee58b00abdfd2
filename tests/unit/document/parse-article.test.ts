import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../src/document/article-document';
import { BUILT_IN_DOCUMENT_ID } from '../../../src/document/built-in-document';
import { parseArticle } from '../../../src/document/parse-article';
import { seedArticle, seedMeta, seedText } from '../../seed-article';
import { seedLineKinds, whitespaceCases } from './parse-article-cases';

describe('parseArticle on the real article', () => {
  const doc = seedArticle();

  it('reads 23 lines into 23 blocks', () => {
    expect(seedText.split('\n')).toHaveLength(23);
    expect(doc.blocks).toHaveLength(23);
  });

  it.each(seedLineKinds)('line %i is a %s', (line, kind, startsWith) => {
    const block = doc.blocks.find((b) => b.line === line);
    expect(block?.kind).toBe(kind);
    expect(block?.id).toBe(`b${line}`);
    expect(block?.text.startsWith(startsWith)).toBe(true);
  });

  it('gives offsets that round-trip through the canonical text', () => {
    for (const block of doc.blocks) {
      expect(doc.text.slice(block.start, block.end)).toBe(block.text);
    }
  });

  it('joins blocks with the fixed separator and nothing else', () => {
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
    expect(doc.text).toBe(seedText.trimEnd());
  });

  it('is stable: parsing twice gives the same document', () => {
    expect(parseArticle(seedText, seedMeta)).toEqual(parseArticle(seedText, seedMeta));
  });

  it('turns the seed metadata into document metadata: built in, Arabic, with English', () => {
    expect(doc.meta).toEqual({
      id: 'tass-ar-2022-02-09-csto-zas',
      title: expect.stringMatching(/^زاس: /u) as unknown,
      source: 'urn:x-qari:doc:tass-ar-2022-02-09-csto-zas',
      siteName: 'تاس',
      author: null,
      published: { value: '2022-02-09', guessed: false },
      added: '2022-02-09T00:00:00.000Z',
      modified: '2022-02-09T00:00:00.000Z',
      shortName: 'csto-zas-2022-02-09',
      builtIn: true,
      language: 'ar',
      direction: 'rtl',
      translations: {
        en: { title: expect.stringMatching(/^Zas: /u) as unknown, siteName: 'TASS' },
      },
    });
  });

  it('has the id the app opens by default', () => {
    expect(doc.meta.id).toBe(BUILT_IN_DOCUMENT_ID);
  });
});

describe('parseArticle normalises line endings and whitespace', () => {
  it.each(whitespaceCases)('$name', ({ raw, canonical, lines }) => {
    const result = parseArticle(raw, seedMeta);
    if (!result.ok) throw new Error(result.error);
    expect(result.document.text).toBe(canonical);
    expect(result.document.blocks.map((b) => b.line)).toEqual(lines);
    for (const b of result.document.blocks) {
      expect(result.document.text.slice(b.start, b.end)).toBe(b.text);
    }
  });

  it('turns the same text with CRLF into the same canonical text', () => {
    const crlf = parseArticle(seedText.replace(/\n/g, '\r\n') + '\r\n', seedMeta);
    expect(crlf.ok && crlf.document.text).toBe(seedArticle().text);
  });
});

describe('parseArticle rejects bad input with a code', () => {
  const meta = seedMeta as Record<string, unknown>;
  it.each([
    ['an empty seed', '', meta, 'seed-empty'],
    ['a whitespace-only seed', ' \n\r\n\t', meta, 'seed-empty'],
    ['metadata that is not an object', seedText, 'nope', 'meta-invalid'],
    ['metadata without an id', seedText, { ...meta, id: undefined }, 'meta-invalid'],
    ['a malformed date', seedText, { ...meta, published: '9/2/2022' }, 'meta-invalid'],
    [
      'an unknown block kind',
      seedText,
      { ...meta, kindOverrides: { '3': 'poem' } },
      'meta-invalid',
    ],
    ['null metadata', seedText, null, 'meta-invalid'],
    ['a date that does not exist', seedText, { ...meta, published: '2022-02-30' }, 'meta-invalid'],
    [
      'a headline without English',
      seedText,
      { ...meta, headline: { ar: 'عنوان', en: ' ' } },
      'meta-invalid',
    ],
    ['another language', seedText, { ...meta, language: 'en' }, 'meta-invalid'],
    [
      'a line number that is not one',
      seedText,
      { ...meta, kindOverrides: { x: 'lede' } },
      'meta-invalid',
    ],
    ['an array', seedText, [meta], 'meta-invalid'],
  ])('%s', (_name, raw, rawMeta, error) => {
    const result = parseArticle(raw, rawMeta);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(error);
  });
});
