import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../src/document/article-document';
import { buildDocument, type SourceBlock } from '../../../src/document/build-document';
import {
  directionOf,
  referenceDate,
  siteNameIn,
  titleIn,
} from '../../../src/document/document-meta';
import { seedArticle } from '../../seed-article';

/** An added English article: no translations, no date, nothing built in. */
const englishMeta: DocumentMeta = {
  id: 'added-1',
  title: 'Floods in the valley',
  source: 'https://news.example/floods',
  siteName: 'News Example',
  author: 'A. Writer',
  published: null,
  added: '2026-12-04T07:00:00.000Z',
  modified: '2026-12-04T07:00:00.000Z',
  shortName: 'floods-in-the-valley',
  builtIn: false,
  language: 'en',
  direction: 'ltr',
  translations: {},
};

describe('buildDocument', () => {
  const cases: { name: string; blocks: SourceBlock[]; text: string; ids: string[] }[] = [
    { name: 'no blocks', blocks: [], text: '', ids: [] },
    {
      name: 'ordinals when no line is given',
      blocks: [
        { kind: 'heading', text: 'Floods' },
        { kind: 'list-item', text: 'one' },
        { kind: 'quote', text: '“two”' },
      ],
      text: 'Floods\none\n“two”',
      ids: ['b1', 'b2', 'b3'],
    },
    {
      name: 'source lines kept as ids',
      blocks: [
        { kind: 'lede', text: 'أ', line: 1 },
        { kind: 'paragraph', text: 'ب ج', line: 3 },
      ],
      text: 'أ\nب ج',
      ids: ['b1', 'b3'],
    },
  ];

  it.each(cases)('$name', ({ blocks, text, ids }) => {
    const doc = buildDocument(englishMeta, blocks);
    expect(doc.text).toBe(text);
    expect(doc.blocks.map((b) => b.id)).toEqual(ids);
    for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('gives the seed the same canonical text and blocks its parser always gave', () => {
    const seed = seedArticle();
    const rebuilt = buildDocument(seed.meta, seed.blocks);
    expect(rebuilt).toEqual(seed);
  });
});

describe('document metadata helpers', () => {
  const seed = seedArticle().meta;

  it.each([
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
    ['und', 'ltr'],
  ] as const)('writes %s %s', (language, direction) => {
    expect(directionOf(language)).toBe(direction);
  });

  it.each([
    ['the seed in Arabic', seed, 'ar', seed.title, 'تاس'],
    ['the seed in English', seed, 'en', seed.translations.en?.title, 'TASS'],
    ['an English article in Arabic', englishMeta, 'ar', englishMeta.title, 'News Example'],
  ] as const)('names %s', (_name, meta, language, title, siteName) => {
    expect(titleIn(meta, language)).toBe(title);
    expect(siteNameIn(meta, language)).toBe(siteName);
  });

  it('dates a document by its publication, else by the day it was added', () => {
    expect(referenceDate(seed)).toBe('2022-02-09');
    expect(referenceDate(englishMeta)).toBe('2026-12-04');
  });
});
