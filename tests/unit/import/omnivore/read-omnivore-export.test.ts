import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../../../src/anchoring/anchor';
import type { ExportFile } from '../../../../src/import/omnivore/export-files';
import type {
  OmnivoreExportError,
  OmnivoreReadResult,
} from '../../../../src/import/omnivore/omnivore-types';
import { MAX_EXPORT_ENTRIES } from '../../../../src/import/omnivore/omnivore-types';
import {
  readOmnivoreExport,
  type OmnivoreSource,
} from '../../../../src/import/omnivore/read-omnivore-export';
import { withDeclaredCount, withDeclaredSize, zipOf } from './zip-fixtures';

const fixture = 'tests/fixtures/omnivore';
const folder = join(fixture, 'export');
const zip = new Uint8Array(readFileSync(join(fixture, 'omnivore-export.zip')));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fixture folder as the browser hands over a chosen folder (`webkitRelativePath`). */
const folderFiles: ExportFile[] = filesUnder(folder).map((path) => {
  const bytes = new Uint8Array(readFileSync(path));
  return {
    path: `omnivore-export/${relative(folder, path).split('\\').join('/')}`,
    size: bytes.byteLength,
    read: () => Promise.resolve(bytes),
  };
});

function accepted(result: OmnivoreReadResult) {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

/** The article's text, roughly as extraction gives it (for this test only: tags dropped). */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

describe.each([
  ['the zip as downloaded', { kind: 'zip', bytes: zip }],
  ['its folder, chosen', { kind: 'files', files: folderFiles }],
] as [string, OmnivoreSource][])('the fixture export: %s', (_name, source) => {
  it('lists the articles in the metadata order, with what was read of each', async () => {
    const { articles } = accepted(await readOmnivoreExport(source));
    expect(articles.map((a) => [a.slug, a.title, a.labels, a.readingProgress, a.archived])).toEqual(
      [
        [
          'nile-dam-talks-resume-19233a4f1c2',
          'استئناف مفاوضات سد النهضة بعد توقف دام عامين | الجزيرة نت',
          ['مياه', 'أفريقيا'],
          100,
          true,
        ],
        [
          'arab-inflation-eases-slowly-1923b7e5d10',
          'التضخم في المنطقة العربية يتراجع ببطء',
          ['اقتصاد'],
          42.5,
          false,
        ],
        [
          'why-we-read-slowly-1924c0d8a77',
          'Why We Read Slowly',
          ['Reading', 'Long read'],
          63,
          false,
        ],
      ],
    );
    expect(articles[0]).toMatchObject({
      omnivoreId: '3f2b8c1e-6a4d-4b7e-9f10-2c5d8e7a9b01',
      author: 'أحمد فتحي',
      url: 'https://www.aljazeera.net/news/2024/9/14/nile-dam-talks',
      published: '2024-09-14T05:30:00.000Z',
      saved: '2024-09-14T07:42:10.512Z',
      updated: '2024-09-15T19:03:44.120Z',
      articleNotes: ['أعود إلى هذا المقال عند صدور البيان الختامي.'],
    });
    expect(articles[1]).toMatchObject({ author: null, published: null });
  });

  it('reads each highlight with its note and labels', async () => {
    const { articles } = accepted(await readOmnivoreExport(source));
    expect(articles[0]!.highlights).toEqual([
      {
        quote: 'ستركز على قواعد الملء في سنوات الجفاف الممتد',
        note: 'هذه هي العقدة منذ 2015.',
        labels: [],
      },
      { quote: 'الأمن المائي لمصر «قضية وجودية»', note: '', labels: ['مهم'] },
      {
        quote: 'وقّعت الدول الثلاث اتفاقًا نهائيًا في الجلسة الأولى',
        note: 'اقتباس لا يرد في نص المقال.',
        labels: [],
      },
    ]);
    expect(articles[1]!.highlights[0]).toEqual({
      quote:
        'لكنه ما زال أعلى بكثير من المستويات التي تستهدفها البنوك المركزية.\n\nويعزو خبراء هذا التراجع البطيء إلى انخفاض أسعار الغذاء عالميًا',
      note: 'فقرتان في تظليل واحد.\n\nوملاحظة من فقرتين أيضًا.',
      labels: ['تضخم', 'بنوك مركزية'],
    });
  });

  it('finds every quote in its article but the one the fixture put elsewhere', async () => {
    const { articles } = accepted(await readOmnivoreExport(source));
    const orphans = articles.flatMap((article) => {
      const anchorer = createAnchorer(textOf(article.contentHtml));
      return article.highlights
        .filter(
          ({ quote }) =>
            anchorer.anchor({
              quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
            }).status === 'orphan',
        )
        .map((h) => h.quote);
    });
    expect(orphans).toEqual(['وقّعت الدول الثلاث اتفاقًا نهائيًا في الجلسة الأولى']);
  });

  it('keeps the content as text to extract: its script is data, never run', async () => {
    const { articles } = accepted(await readOmnivoreExport(source));
    expect(articles[2]!.contentHtml).toContain('<script>window.__omnivoreFixtureScriptRan = true;');
    expect(
      (globalThis as { __omnivoreFixtureScriptRan?: boolean }).__omnivoreFixtureScriptRan,
    ).toBe(undefined);
  });

  it('says what is left out and why: the missing content, the PDF', async () => {
    const { leftOut } = accepted(await readOmnivoreExport(source));
    expect(leftOut).toEqual([
      {
        reason: 'missing-content',
        slug: 'the-archive-that-vanished-1925e1f2a90',
        title: 'The Archive That Vanished',
        highlights: 1,
      },
      {
        reason: 'pdf-content',
        slug: 'annual-report-2023-1925f3a4b12',
        title: 'Annual report 2023',
        highlights: 0,
      },
    ]);
  });
});

const metadata = (entries: unknown[]) => JSON.stringify(entries, null, 2);
const article = (slug: string) => ({ slug, title: slug, url: `https://example.com/${slug}` });

const refusals: { name: string; source: OmnivoreSource; error: OmnivoreExportError }[] = [
  {
    name: 'a file that is not a zip',
    source: { kind: 'zip', bytes: new TextEncoder().encode('%PDF-1.4') },
    error: 'not-zip',
  },
  {
    name: 'a zip of something else',
    source: { kind: 'zip', bytes: zipOf({ 'notes.md': '# notes', 'photo.jpg': 'x' }) },
    error: 'not-omnivore',
  },
  {
    name: 'a metadata file that is not JSON',
    source: { kind: 'zip', bytes: zipOf({ 'metadata_0_to_20.json': '{"slug": "a",' }) },
    error: 'metadata-not-json',
  },
  {
    name: 'a metadata file that is not a list',
    source: { kind: 'zip', bytes: zipOf({ 'metadata_0_to_20.json': '{"slug": "a"}' }) },
    error: 'not-omnivore',
  },
  {
    name: 'a `../` entry',
    source: {
      kind: 'zip',
      bytes: zipOf({ 'metadata_0_to_1.json': metadata([article('a')]), '../a.html': '<p>x</p>' }),
    },
    error: 'unsafe-path',
  },
  {
    name: 'more than 20,000 entries (declared)',
    source: { kind: 'zip', bytes: withDeclaredCount(zip, MAX_EXPORT_ENTRIES + 1) },
    error: 'too-many-entries',
  },
  {
    name: 'entries declaring more than 200 MB unpacked',
    source: { kind: 'zip', bytes: withDeclaredSize(zip, 1, 200 * 1024 * 1024) },
    error: 'too-large',
  },
  {
    name: 'more than 20,000 files chosen',
    source: {
      kind: 'files',
      files: Array.from({ length: MAX_EXPORT_ENTRIES + 1 }, (_, i) => ({
        path: `export/content/${i}.html`,
        size: 1,
        read: () => Promise.reject(new Error('never read')),
      })),
    },
    error: 'too-many-entries',
  },
  {
    name: 'chosen files over 200 MB',
    source: {
      kind: 'files',
      files: [
        { path: 'export/metadata_0_to_1.json', size: 10, read: () => Promise.reject(new Error()) },
        {
          path: 'export/content/a.html',
          size: 200 * 1024 * 1024,
          read: () => Promise.reject(new Error()),
        },
      ],
    },
    error: 'too-large',
  },
  {
    name: 'an export listing no article',
    source: { kind: 'zip', bytes: zipOf({ 'metadata_0_to_0.json': '[]' }) },
    error: 'empty',
  },
];

describe('an export refused whole', () => {
  it.each(refusals)('$name: $error', async ({ source, error }) => {
    expect(await readOmnivoreExport(source)).toEqual({ ok: false, error });
  });
});

describe('articles left out of an export otherwise read', () => {
  it('an entry with no slug, a repeated slug, empty content, highlights of no article', async () => {
    const bytes = zipOf({
      'metadata_0_to_4.json': metadata([
        article('a'),
        { title: 'no slug' },
        article('a'),
        article('b'),
      ]),
      'content/a.html': '<p>نص المقال</p>',
      'content/b.html': '  ',
      'highlights/b.md': '> q ',
      'highlights/gone.md': '> one \n\n> two ',
    });
    const result = accepted(await readOmnivoreExport({ kind: 'zip', bytes }));
    expect(result.articles.map((a) => a.slug)).toEqual(['a']);
    expect(result.leftOut).toEqual([
      { reason: 'invalid-metadata', slug: null, title: null, highlights: 0 },
      { reason: 'duplicate-article', slug: 'a', title: 'a', highlights: 0 },
      { reason: 'unreadable-content', slug: 'b', title: 'b', highlights: 1 },
      { reason: 'highlights-without-article', slug: 'gone', title: null, highlights: 2 },
    ]);
  });

  it('reads several metadata files in the order Omnivore numbered them', async () => {
    const bytes = zipOf({
      'metadata_20_to_21.json': metadata([article('late')]),
      'metadata_0_to_1.json': metadata([article('early')]),
      'content/late.html': '<p>late</p>',
      'content/early.html': '<p>early</p>',
    });
    const { articles } = accepted(await readOmnivoreExport({ kind: 'zip', bytes }));
    expect(articles.map((a) => a.slug)).toEqual(['early', 'late']);
  });
});

describe('progress and cancelling', () => {
  it('reports articles read of the total, ending at the total', async () => {
    const seen: [number, number | null][] = [];
    await readOmnivoreExport(
      { kind: 'zip', bytes: zip },
      { onProgress: (p) => seen.push([p.done, p.total]) },
    );
    expect(seen.at(-1)).toEqual([5, 5]);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readOmnivoreExport({ kind: 'zip', bytes: zip }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
