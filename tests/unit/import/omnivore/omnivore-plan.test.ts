// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../../src/document/article-document';
import { buildDocument } from '../../../../src/document/build-document';
import {
  planOmnivoreImport,
  positionAtPercent,
  sameAddress,
  type LibraryCopy,
  type LibraryLookup,
  type LibraryMatch,
} from '../../../../src/import/omnivore/omnivore-plan';
import type { OmnivoreArticle } from '../../../../src/import/omnivore/omnivore-types';
import { readOmnivoreExport } from '../../../../src/import/omnivore/read-omnivore-export';
import { uuidV5 } from '../../../../src/import/uuid-v5';
import { documentFromPage } from '../../../../src/library/page-document';

const now = new Date('2026-12-04T08:00:00.000Z');
const zip = new Uint8Array(readFileSync('tests/fixtures/omnivore/omnivore-export.zip'));

async function fixture() {
  const result = await readOmnivoreExport({ kind: 'zip', bytes: zip });
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The app's way: the content through the library's extraction, a stable id per article. */
async function makeDocument(article: OmnivoreArticle): Promise<ArticleDocument | null> {
  const made = await documentFromPage(
    article.contentHtml,
    `${article.slug}.html`,
    { ...article, tags: article.labels },
    uuidV5(`omnivore\n${article.omnivoreId ?? article.slug}`),
    now.toISOString(),
  );
  return made.ok ? made.doc : null;
}

function lookup(
  urls: Record<string, LibraryMatch> = {},
  texts: string[] = [],
  copies: Record<string, LibraryCopy> = {},
): LibraryLookup {
  return {
    byUrl: (url) => urls[sameAddress(url) ?? ''] ?? null,
    byText: async (text) => (texts.includes(text) ? { id: 'same-text', title: 'نسخة' } : null),
    copyOf: async ({ id }) => copies[id] ?? null,
  };
}

const NILE = 'nile-dam-talks-resume-19233a4f1c2';
const NILE_ADDRESS = 'aljazeera.net/news/2024/9/14/nile-dam-talks';

describe('planOmnivoreImport on the fixture export', () => {
  it('adds each readable article with its highlights, notes and metadata', async () => {
    const plan = await planOmnivoreImport(await fixture(), lookup(), makeDocument, now);
    expect(plan.counts).toEqual({ articles: 3, highlights: 7, notes: 5, unanchored: 1 });
    const nile = plan.add.find((a) => a.slug === 'nile-dam-talks-resume-19233a4f1c2')!;
    expect(nile.doc.meta).toMatchObject({
      title: 'استئناف مفاوضات سد النهضة بعد توقف دام عامين | الجزيرة نت',
      author: 'أحمد فتحي',
      source: 'https://www.aljazeera.net/news/2024/9/14/nile-dam-talks',
      published: { value: '2024-09-14', guessed: false },
      added: '2024-09-14T07:42:10.512Z',
      language: 'ar',
      direction: 'rtl',
      tags: ['مياه', 'أفريقيا'],
      builtIn: false,
    });
    expect(nile.doc.blocks[0]).toMatchObject({ kind: 'heading' });
    expect(nile.unanchored).toBe(1);
    expect(nile.records.every((r) => r.documentId === nile.doc.meta.id)).toBe(true);
    // Read to the end in Omnivore: the last block.
    expect(nile.position?.blockId).toBe(nile.doc.blocks.at(-1)!.id);
    const english = plan.add.find((a) => a.slug === 'why-we-read-slowly-1924c0d8a77')!;
    expect(english.doc.meta).toMatchObject({ language: 'en', direction: 'ltr' });
    // The content's script is text nowhere: markup became blocks, never the page.
    expect(english.doc.text).not.toContain('__omnivoreFixtureScriptRan');
  });

  it('says what it leaves out and why', async () => {
    const plan = await planOmnivoreImport(await fixture(), lookup(), makeDocument, now);
    expect(plan.leftOut.map((l) => [l.reason, l.slug])).toEqual([
      ['missing-content', 'the-archive-that-vanished-1925e1f2a90'],
      ['pdf-content', 'annual-report-2023-1925f3a4b12'],
    ]);
    // The note on the whole Nile article is kept, as a note on the whole document.
    expect(plan.highlightsLeftOut).toEqual([]);
  });

  it.each([
    [
      'the same address (www., https and a trailing slash aside)',
      lookup({
        'aljazeera.net/news/2024/9/14/nile-dam-talks': { id: 'in-library', title: 'سد النهضة' },
      }),
      'same-url',
    ],
    ['the same text', null, 'same-text'],
  ] as const)(
    'lists an article the library has by %s, not adding it',
    async (_name, given, why) => {
      const read = await fixture();
      const nile = read.articles.find((a) => a.slug === 'nile-dam-talks-resume-19233a4f1c2')!;
      const text = (await makeDocument(nile))!.text;
      const plan = await planOmnivoreImport(read, given ?? lookup({}, [text]), makeDocument, now);
      // The library's copy could not be read here: nothing goes to it.
      expect(plan.existing).toEqual([
        expect.objectContaining({ slug: nile.slug, why, highlights: 4, added: 0 }),
      ]);
      expect(plan.addToExisting).toEqual([]);
      expect(plan.add.map((a) => a.slug)).not.toContain(nile.slug);
      expect(plan.counts.articles).toBe(2);
    },
  );

  it('adds a page saved twice in one export once', async () => {
    const read = await fixture();
    const first = read.articles[0]!;
    const twice = { ...read, articles: [first, { ...first, slug: 'again', omnivoreId: 'x' }] };
    const plan = await planOmnivoreImport(twice, lookup(), makeDocument, now);
    expect(plan.add.map((a) => a.slug)).toEqual([first.slug]);
    expect(plan.existing).toEqual([expect.objectContaining({ slug: 'again', why: 'same-url' })]);
  });

  describe('the highlights of an article the library has', () => {
    async function nileCopy() {
      const read = await fixture();
      const nile = read.articles.find((a) => a.slug === NILE)!;
      const doc = (await makeDocument(nile))!;
      return { read, nile, doc };
    }

    it.each([
      ['the same address', 'same-url'],
      ['the same text', 'same-text'],
    ] as const)('by %s go to the copy, found in its text', async (_name, why) => {
      const { read, nile, doc } = await nileCopy();
      const match = why === 'same-url' ? 'in-library' : 'same-text';
      const given = lookup(
        why === 'same-url' ? { [NILE_ADDRESS]: { id: match, title: 'سد النهضة' } } : {},
        why === 'same-text' ? [doc.text] : [],
        { [match]: { text: doc.text, annotations: [] } },
      );
      const plan = await planOmnivoreImport(read, given, makeDocument, now);
      const [existing] = plan.existing;
      expect(existing).toMatchObject({ slug: nile.slug, why, highlights: 4, added: 3 });
      const [copy] = plan.addToExisting;
      expect(copy?.documentId).toBe(match);
      expect(copy?.records).toHaveLength(4);
      for (const record of copy!.records) {
        expect(record.documentId).toBe(match);
        if (record.target === null) continue;
        const { position, quote } = record.target;
        if (position) expect(doc.text.slice(position.start, position.end)).toBe(quote.exact);
      }
      // Counted with the rest: what the import writes, whichever document it goes to.
      expect(plan.counts).toEqual({ articles: 2, highlights: 7, notes: 5, unanchored: 1 });
      // Its note on the whole article goes to the copy too, as a note on the whole document.
      expect(copy!.records.filter((r) => r.target === null)).toHaveLength(1);
      expect(plan.highlightsLeftOut).toEqual([]);
    });

    it('leave out one the copy has already: same quote and place, or a quote with no place', async () => {
      const { read, doc } = await nileCopy();
      const first = await planOmnivoreImport(read, lookup(), makeDocument, now);
      const own = first.add.find((a) => a.slug === NILE)!.records;
      const anchored = own.find((r) => r.target?.position)!;
      const unanchored = own.find((r) => r.target && !r.target.position)!;
      // The reader's own highlights on the copy: the same quotes, other ids, other notes.
      const had = [anchored, unanchored].map((r) => ({
        ...r,
        id: crypto.randomUUID(),
        documentId: 'in-library',
        note: 'ملاحظتي',
      }));
      const given = lookup({ [NILE_ADDRESS]: { id: 'in-library', title: 'سد النهضة' } }, [], {
        'in-library': { text: doc.text, annotations: had },
      });
      const plan = await planOmnivoreImport(read, given, makeDocument, now);
      // The third highlight (and the note on the whole article, which is no highlight).
      expect(plan.existing[0]).toMatchObject({ highlights: 4, added: 1 });
      expect(plan.addToExisting[0]!.records).toHaveLength(2);
      const quotes = plan.addToExisting[0]!.records.map((r) => r.target?.quote.exact);
      expect(quotes).not.toContain(anchored.target!.quote.exact);
      expect(quotes).not.toContain(unanchored.target!.quote.exact);
      expect(plan.counts.unanchored).toBe(0);
    });

    it('of a page saved twice in one export go to the first, without repeats', async () => {
      const read = await fixture();
      const first = read.articles.find((a) => a.slug === NILE)!;
      const extra = { quote: first.highlights[0]!.quote, note: 'again', labels: [] };
      const again = {
        ...first,
        slug: 'again',
        omnivoreId: 'x',
        highlights: [...first.highlights, extra],
      };
      const plan = await planOmnivoreImport(
        { ...read, articles: [first, again] },
        lookup(),
        makeDocument,
        now,
      );
      const added = plan.add.find((a) => a.slug === NILE)!;
      expect(plan.existing).toEqual([
        expect.objectContaining({ slug: 'again', why: 'same-url', added: 0 }),
      ]);
      // Three highlights and the note on the whole article, once.
      expect(added.records).toHaveLength(4);
      expect(plan.addToExisting).toEqual([]);
    });
  });

  it('leaves out an article whose content gives no text', async () => {
    const read = await fixture();
    const empty = { ...read.articles[0]!, url: null, contentHtml: '<div><img src="x.png"></div>' };
    const plan = await planOmnivoreImport(
      { articles: [empty], leftOut: [] },
      lookup(),
      makeDocument,
      now,
    );
    expect(plan.leftOut).toEqual([
      { reason: 'no-article', slug: empty.slug, title: empty.title, highlights: 4 },
    ]);
  });

  it('stops between articles when cancelled, having written nothing to stop', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      planOmnivoreImport(await fixture(), lookup(), makeDocument, now, {
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('sameAddress', () => {
  it.each([
    ['https://www.Example.com/a/', 'example.com/a'],
    ['http://example.com/a#top', 'example.com/a'],
    ['https://example.com/a?id=1', 'example.com/a?id=1'],
    ['ftp://example.com/a', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(sameAddress(url)).toBe(expected);
  });
});

describe('positionAtPercent', () => {
  const doc = buildDocument(
    { id: 'd' } as ArticleDocument['meta'],
    ['أ'.repeat(10), 'ب'.repeat(30), 'ج'.repeat(8)].map((text) => ({
      kind: 'paragraph' as const,
      text,
    })),
  );
  it.each([
    [null, null],
    [0, null],
    [10, { blockId: 'b1', offset: 0, fraction: 0.5 }],
    [50, { blockId: 'b2', offset: 11, fraction: 0.467 }],
    [100, { blockId: 'b3', offset: 42, fraction: 1 }],
    [250, { blockId: 'b3', offset: 42, fraction: 1 }],
  ])('%s%% → %j', (percent, expected) => {
    expect(positionAtPercent(doc, percent)).toEqual(expected);
  });
});
