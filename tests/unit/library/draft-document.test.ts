import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../src/document/article-document';
import { documentFromDraft, shortNameOf } from '../../../src/library/draft-document';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const SHORT_NAMES: { name: string; title: string; url: string | null; want: string }[] = [
  {
    name: 'an English title',
    title: 'Climate talks stall in Bonn',
    url: null,
    want: 'climate-talks-stall-in-bonn',
  },
  { name: 'accents folded', title: 'Élection à Gaza', url: null, want: 'election-a-gaza' },
  {
    name: 'an Arabic title and an ASCII slug',
    title: 'غزة',
    url: 'https://www.example.com/news/gaza-siege',
    want: 'example-com-gaza-siege',
  },
  {
    name: 'an Arabic title and an Arabic slug',
    title: 'غزة',
    url: 'https://example.com/news/%D8%BA%D8%B2%D8%A9',
    want: 'example-com',
  },
  {
    name: 'an Arabic title and no URL',
    title: 'غزة تحت الحصار',
    url: null,
    want: 'article-0f8fad5b',
  },
  {
    name: 'a long title cut',
    title: 'a'.repeat(30) + ' ' + 'b'.repeat(30),
    url: null,
    want: `${'a'.repeat(30)}-${'b'.repeat(17)}`,
  },
];

describe('shortNameOf', () => {
  it.each(SHORT_NAMES)('$name', ({ title, url, want }) => {
    const got = shortNameOf(title, url, ID);
    expect(got).toBe(want);
    expect(got).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('documentFromDraft', () => {
  const draft = {
    blocks: [
      { kind: 'heading', text: 'غزة تحت الحصار' },
      { kind: 'paragraph', text: 'قال مسؤولون إن المستشفى توقف.' },
    ],
    meta: {
      title: 'غزة تحت الحصار',
      sourceUrl: null,
      siteName: null,
      author: null,
      published: '2024-01-02',
      publishedGuessed: true,
      language: 'ar',
      direction: 'rtl',
    },
    notices: [],
  } as const;

  it('gives a urn:uuid source when the article has no URL, and the confirmed language', () => {
    const doc = documentFromDraft(
      { ...draft, blocks: [...draft.blocks], notices: [] },
      ID,
      '2026-12-04T09:00:00.000Z',
    );
    expect(doc.meta).toMatchObject({
      id: ID,
      source: `urn:uuid:${ID}`,
      language: 'ar',
      direction: 'rtl',
      builtIn: false,
      published: { value: '2024-01-02', guessed: true },
      added: '2026-12-04T09:00:00.000Z',
    });
    expect(doc.text).toBe(draft.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(
      draft.blocks.map((b) => b.text),
    );
  });

  it('keeps the source URL as the source', () => {
    const doc = documentFromDraft(
      {
        ...draft,
        blocks: [...draft.blocks],
        notices: [],
        meta: { ...draft.meta, sourceUrl: 'https://example.com/a' },
      },
      ID,
      '2026-12-04T09:00:00.000Z',
    );
    expect(doc.meta.source).toBe('https://example.com/a');
  });
});
