// @vitest-environment jsdom
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../../src/library/extract/extract-article';
import { extractArticle } from '../../../../src/library/extract/extract-article';
import type { ExtractResult } from '../../../../src/library/extract/extracted-article';
import { seedArticle, seedText } from '../../../seed-article';

const TODAY = '2026-12-04';
/** What no block may hold: controls, line breaks and explicit bidi formatting. */
// eslint-disable-next-line no-control-regex -- the invariant is about controls
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const fixture = (name: string) => readFileSync(`tests/fixtures/library/${name}`, 'utf8');
const extract = (input: ArticleInput): Promise<ExtractResult> => extractArticle(input, TODAY);

async function extracted(input: ArticleInput) {
  const result = await extract(input);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

describe('extractArticle: the real article pasted or as a .txt file', () => {
  it.each<ArticleInput>([
    { kind: 'paste-text', text: seedText },
    { kind: 'file', name: 'csto-zas-2022-02-09.ar.txt', text: seedText },
  ])('$kind gives the seed blocks, Arabic, right to left', async (input) => {
    const { blocks, meta, notices } = await extracted(input);
    expect(blocks.map((b) => b.text)).toEqual(seedArticle().blocks.map((b) => b.text));
    expect(notices).toEqual([]);
    expect(meta).toMatchObject({ language: 'ar', direction: 'rtl', sourceUrl: null, author: null });
    // No heading in a plain text: the title is the first line, cut at a word near 120 characters.
    expect(meta.title.endsWith('…')).toBe(true);
    expect(meta.title.length).toBeLessThanOrEqual(121);
    expect(seedText.startsWith(meta.title.slice(0, -1))).toBe(true);
    // «اليوم الأربعاء 9 فبراير/شباط 2022» in the second line: a guess, said to be one.
    expect(meta.published).toEqual({ value: '2022-02-09', guessed: true });
  });
});

describe('extractArticle: metadata from each kind of input', () => {
  it('a saved Arabic page: metadata from the page, the date not a guess', async () => {
    const { meta } = await extracted({
      kind: 'file',
      name: 'زاس.html',
      text: fixture('arabic-news-page.html'),
    });
    expect(meta).toEqual({
      title: 'زاس: تكثيف النشاط العسكري للناتو قرب حدود المنظمة لا يهدد بيلاروسيا وروسيا فحسب',
      sourceUrl: 'https://www.example-news.com/ar/world/20220209-csto-zas',
      siteName: 'وكالة الأنباء النموذجية',
      author: 'مراسل الوكالة في موسكو',
      published: { value: '2022-02-09', guessed: false },
      language: 'ar',
      direction: 'rtl',
    });
  });

  it('a saved English page reads left to right', async () => {
    const { meta } = await extracted({
      kind: 'file',
      name: 'sea-wall.htm',
      text: fixture('english-news-page.html'),
    });
    expect(meta).toMatchObject({ language: 'en', direction: 'ltr', siteName: 'news.example.org' });
  });

  it('a Markdown file: front matter, else the first heading; the site is the URL host', async () => {
    const withFront = await extracted({
      kind: 'file',
      name: 'a.md',
      text: '---\ntitle: زاس يحذر\nauthor: تاس\ndate: 2022-02-09T10:00:00Z\nurl: https://www.tass.ru/x\n---\n# عنوان\n\nنص.',
    });
    expect(withFront.meta).toMatchObject({
      title: 'زاس يحذر',
      author: 'تاس',
      published: { value: '2022-02-09', guessed: false },
      sourceUrl: 'https://www.tass.ru/x',
      siteName: 'tass.ru',
    });
    const plain = await extracted({
      kind: 'file',
      name: 'b.md',
      text: 'مقدمة.\n\n## عنوان\n\nنص.',
    });
    expect(plain.meta.title).toBe('عنوان');
    expect(plain.meta.published).toBeNull();
  });

  it('a Markdown URL that is not http(s) is not kept', async () => {
    const { meta } = await extracted({
      kind: 'file',
      name: 'c.md',
      text: '---\nurl: javascript:alert(1)\n---\nنص.',
    });
    expect(meta.sourceUrl).toBeNull();
  });

  it('clipboard rich text: the first heading is the title', async () => {
    const result = await extracted({
      kind: 'paste-html',
      text: '<p>تمهيد.</p><h2>فريق الاستجابة للأزمات</h2><ul><li>بند</li></ul><blockquote>قول</blockquote>',
    });
    expect(result.meta.title).toBe('فريق الاستجابة للأزمات');
    expect(result.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'list-item',
      'quote',
    ]);
  });

  it('a date after today is no guess', async () => {
    const { meta } = await extracted({ kind: 'paste-text', text: 'ستعقد القمة في 9 فبراير 2030.' });
    expect(meta.published).toBeNull();
  });
});

describe('extractArticle: bad input', () => {
  it.each<[string, ArticleInput, string]>([
    ['an empty paste', { kind: 'paste-text', text: '' }, 'empty'],
    ['a white-space paste', { kind: 'paste-text', text: ' \n\t\r\n\u00A0' }, 'empty'],
    ['a paste of controls only', { kind: 'paste-text', text: '\u0000\u0001\u001B' }, 'empty'],
    ['rich text with only an image', { kind: 'paste-html', text: '<img src="x.png">' }, 'empty'],
    ['rich text with only a script', { kind: 'paste-html', text: '<script>x()</script>' }, 'empty'],
    ['Markdown with only HTML', { kind: 'file', name: 'a.md', text: '<div>x</div>' }, 'empty'],
    [
      'a paste over 20 MiB',
      { kind: 'paste-text', text: 'ب'.repeat(20 * 2 ** 20 + 1) },
      'too-large',
    ],
    ['a PDF', { kind: 'file', name: 'report.pdf', text: '%PDF-1.4' }, 'unsupported-type'],
    ['a DOCX', { kind: 'file', name: 'report.docx', text: 'PK' }, 'unsupported-type'],
    ['an EPUB', { kind: 'file', name: 'book.epub', text: 'PK' }, 'unsupported-type'],
    ['an image', { kind: 'file', name: 'photo.png', text: '\uFFFDPNG' }, 'unsupported-type'],
    ['a PDF renamed .txt', { kind: 'file', name: 'a.txt', text: '%PDF-1.7\n' }, 'unsupported-type'],
    [
      'binary data renamed .txt',
      { kind: 'file', name: 'a.txt', text: '\uFFFD\u0000\u0003\uFFFD\u0010abc\uFFFD' },
      'binary-content',
    ],
    [
      'a page with no article',
      { kind: 'file', name: '404.html', text: fixture('no-article-page.html') },
      'no-article',
    ],
  ])('%s', async (_name, input, error) => {
    expect(await extract(input)).toEqual({ ok: false, error });
  });

  it('strips NUL and other controls from a paste and says so', async () => {
    const result = await extracted({ kind: 'paste-text', text: 'قال\u0000 زاس\u0007.\nنص.' });
    expect(result.blocks.map((b) => b.text)).toEqual(['قال زاس.', 'نص.']);
    expect(result.notices).toEqual(['control-characters-stripped']);
  });
});

/** Pieces of HTML, Markdown and text, glued at random into hostile inputs. */
const token = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '<p>',
    '</p>',
    '<h2>',
    '<li>',
    '<ul>',
    '<blockquote>',
    '<br>',
    '<pre>',
    '</pre>',
    '<script>',
    '<!--',
    '-->',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:x">',
    '&amp;',
    '&#0;',
    '# ',
    '> ',
    '- ',
    '1. ',
    '```',
    '|',
    '---\n',
    '[^1]',
    '![a](b)',
    '**',
    '\n',
    '\n\n',
    '\r',
    'قال زاس',
    'Zas said',
    '9 فبراير 2022',
    '\u0000',
    '\u202E',
    '\uFEFF',
    ' ',
  ),
);
const hostile = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));
const kinds = fc.constantFrom<'paste-text' | 'paste-html' | 'md' | 'html'>(
  'paste-text',
  'paste-html',
  'md',
  'html',
);

describe('extractArticle properties', () => {
  it('never throws, and every block it gives is clean, whatever the input', async () => {
    await fc.assert(
      fc.asyncProperty(kinds, hostile, async (kind, text) => {
        const input: ArticleInput =
          kind === 'md' || kind === 'html'
            ? { kind: 'file', name: `x.${kind}`, text }
            : { kind, text };
        const result = await extract(input);
        if (!result.ok) return;
        expect(result.meta.title).not.toBe('');
        for (const block of result.blocks) {
          expect(block.text).not.toBe('');
          expect(block.text).not.toMatch(FORBIDDEN);
          expect(block.text).not.toMatch(/\s\s|^\s|\s$/u);
        }
      }),
      { numRuns: 200 },
    );
    // Each run may parse a page with Readability: generous on a loaded machine.
  }, 30_000);
});
