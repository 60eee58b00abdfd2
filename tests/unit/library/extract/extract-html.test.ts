// @vitest-environment jsdom
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedBlock } from '../../../../src/library/extract/extracted-article';
import { extractHtmlFragment, extractHtmlPage } from '../../../../src/library/extract/extract-html';
import { extractPlainText } from '../../../../src/library/extract/extract-plain-text';
import { seedArticle } from '../../../seed-article';
import { fragmentCases } from './html-cases';

const fixture = (name: string) => readFileSync(`tests/fixtures/library/${name}`, 'utf8');
const arabicPage = fixture('arabic-news-page.html');

/** What the Arabic fixture's article holds: its headline and the seed's lines 1–20, then a list. */
function expectedArabicBlocks(): ExtractedBlock[] {
  const seed = seedArticle().blocks.filter((b) => b.line <= 20);
  return [
    {
      kind: 'heading',
      text: 'زاس: تكثيف النشاط العسكري للناتو قرب حدود المنظمة لا يهدد بيلاروسيا وروسيا فحسب',
    },
    ...seed.map((b): ExtractedBlock => ({
      kind: b.kind === 'heading' ? 'heading' : b.line === 19 ? 'quote' : 'paragraph',
      text: b.text,
    })),
    { kind: 'paragraph', text: 'وتضم المنظمة في عضويتها ست دول هي:' },
    ...['أرمينيا', 'بيلاروسيا', 'كازاخستان', 'قيرغيزستان', 'روسيا', 'طاجيكستان'].map(
      (text): ExtractedBlock => ({ kind: 'list-item', text }),
    ),
    { kind: 'paragraph', text: 'المصدر: تاس' },
  ];
}

/** Page furniture of the Arabic fixture: none of it may reach the text. */
const furniture = [
  'الرئيسية',
  'اقتصاد',
  'ابحث',
  'فيسبوك',
  'تويتر',
  'طباعة المقال',
  'مشاركة',
  'إعلان',
  'اقرأ أيضاً',
  'الناتو يعزز وجوده',
  'اقرأ أيضا',
  'قوات حفظ السلام تبدأ الانسحاب',
  'أخبار ذات صلة',
  'مجموعة الرؤية الاستراتيجية',
  'لافروف يبحث',
  'التعليقات',
  'مقال ممتاز',
  'أرسل التعليق',
  'الأكثر قراءة',
  'ارتفاع أسعار النفط',
  'اشترك',
  'جميع الحقوق محفوظة',
  'نستخدم ملفات تعريف الارتباط',
  'من نحن',
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractHtmlPage on a saved Arabic news page', () => {
  // Extracted once: each case reads the same result (a page takes a while in jsdom).
  const extracted = extractHtmlPage(arabicPage);

  it('keeps the article body alone, in order, with headings, quote and list', () => {
    const result = extracted;
    if (!result.ok) throw new Error(result.error);
    expect(result.blocks).toEqual(expectedArabicBlocks());
    expect(result.notices).toEqual([]);
  });

  it.each(furniture)('leaves out the page furniture «%s»', (phrase) => {
    expect(extracted.ok && extracted.blocks.map((b) => b.text).join('\n')).not.toContain(phrase);
  });

  it('reads the metadata: og:title, canonical URL, site name, JSON-LD author, published date', () => {
    expect(extracted.ok && extracted.meta).toMatchObject({
      title: 'زاس: تكثيف النشاط العسكري للناتو قرب حدود المنظمة لا يهدد بيلاروسيا وروسيا فحسب',
      sourceUrl: 'https://www.example-news.com/ar/world/20220209-csto-zas',
      siteName: 'وكالة الأنباء النموذجية',
      author: 'مراسل الوكالة في موسكو',
      published: '2022-02-09',
    });
  });

  // jsdom runs no script in any document, so whether the page's scripts and handlers stay inert
  // is a browser question (checked in Chromium); here: the live document is never used.
  it('creates, inserts and changes nothing in the live document', () => {
    const createElement = vi.spyOn(document, 'createElement');
    const before = document.querySelectorAll('*').length;
    const title = document.title;
    for (const page of [
      'arabic-news-page.html',
      'english-news-page.html',
      'no-article-page.html',
    ]) {
      extractHtmlPage(fixture(page));
    }
    expect(document.title).toBe(title);
    expect(document.querySelectorAll('*').length).toBe(before);
    expect(document.body.hasAttribute('data-ran')).toBe(false);
    expect(createElement).not.toHaveBeenCalled();
  });
});

describe('extractHtmlPage on other pages', () => {
  it('reads an English page: body only, title from <title> without the site name', () => {
    const result = extractHtmlPage(fixture('english-news-page.html'));
    if (!result.ok) throw new Error(result.error);
    const texts = result.blocks.map((b) => b.text);
    expect(texts[0]).toMatch(/^Residents of the harbour town voted/u);
    expect(texts.at(-1)).toMatch(/^The vote drew the highest turnout/u);
    expect(result.blocks).toContainEqual({ kind: 'heading', text: 'What happens next' });
    expect(result.blocks.filter((b) => b.kind === 'quote')).toHaveLength(1);
    for (const phrase of [
      'Share on Facebook',
      'Comments',
      'Most popular',
      'Copyright',
      'Weather',
    ]) {
      expect(texts.join('\n')).not.toContain(phrase);
    }
    expect(result.meta).toMatchObject({
      title: 'Harbour town votes to rebuild its old sea wall',
      sourceUrl: 'https://news.example.org/2024/05/sea-wall-vote',
      siteName: 'news.example.org',
      author: 'Jane Doe',
      published: '2024-05-14',
    });
  });

  it.each([
    ['a 404 page with a menu and a footer', fixture('no-article-page.html')],
    ['an empty document', ''],
    ['scripts only', '<script>window.__x = 1</script><style>p{}</style>'],
    ['a menu only', '<nav><ul><li><a href="/">الرئيسية</a></li></ul></nav><p>قصير.</p>'],
  ])('says no-article for %s', (_name, html) => {
    expect(extractHtmlPage(html)).toEqual({ ok: false, error: 'no-article' });
  });
});

describe('extractHtmlPage drops "read also" teasers set in the body', () => {
  const paragraph = `<p>${seedArticle().blocks[1]?.text ?? ''}</p>`;
  const page = (teaser: string) =>
    `<html><body><article>${paragraph}${teaser}${paragraph}${paragraph}</article></body></html>`;
  const texts = (html: string) => {
    const result = extractHtmlPage(html);
    return result.ok ? result.blocks.map((b) => b.text) : [];
  };

  it.each([
    ['with tanween and a link', '<p>اقرأ أيضًا: <a href="/x">توكاييف يعلن انسحاب القوات</a></p>'],
    ['with hamza forms folded', '<div>إقرأ ايضا <a href="/x">توكاييف يعلن انسحاب القوات</a></div>'],
    ['in English', '<p>Read more: <a href="/x">Tokayev announces the withdrawal</a></p>'],
    [
      'a label before a list of links',
      '<h3>شاهد أيضاً</h3><ul><li><a href="/a">توكاييف يعلن</a></li><li><a href="/b">انسحاب القوات</a></li></ul>',
    ],
  ])('%s', (_name, teaser) => {
    expect(texts(page(teaser))).toEqual(texts(page('')));
  });

  it('the page around the teasers is an article of three paragraphs', () => {
    expect(texts(page(''))).toHaveLength(3);
  });

  it('keeps a sentence that starts like one but is mostly text', () => {
    const sentence = 'اقرأ أيضا ما قاله الوزير في المؤتمر الصحفي الذي عقد أمس في موسكو عن الأزمة.';
    const teaser = `<p>${sentence.replace('المؤتمر', '<a href="/x">المؤتمر</a>')}</p>`;
    expect(texts(page(teaser))).toContain(sentence);
  });
});

describe('extractHtmlFragment (clipboard rich text)', () => {
  it.each(fragmentCases)('$name', ({ html, blocks }) => {
    expect(extractHtmlFragment(html)).toEqual({ blocks, notices: [] });
  });

  it('strips control characters and says so', () => {
    expect(extractHtmlFragment('<p>أ\u0000ب</p>')).toEqual({
      blocks: [{ kind: 'paragraph', text: 'أب' }],
      notices: ['control-characters-stripped'],
    });
  });
});

/** Characters for one line: Arabic, Latin, spaces of several kinds, markup-significant, controls. */
const lineUnit = fc.constantFrom(
  ...'ابتسلمنهويةىأ كَ AbZ<>&"\'/;=\t\u00A0\u2003\u0000\u0007\u001B\u202E\u200F\u200C'.split(''),
);
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('extractHtmlFragment properties', () => {
  it('paragraphs of escaped text give the blocks the same lines give as plain text', () => {
    fc.assert(
      fc.property(
        // Each line has a letter: a blank line would switch plain text to paragraphs by blank line.
        fc.array(
          fc.string({ unit: lineUnit, maxLength: 40 }).map((line) => `${line}ب`),
          { maxLength: 8 },
        ),
        (lines) => {
          const html = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
          const fromHtml = extractHtmlFragment(html).blocks;
          const fromText = extractPlainText(lines.join('\n')).blocks;
          expect(fromHtml.map((b) => b.text)).toEqual(fromText.map((b) => b.text));
        },
      ),
      { numRuns: 300 },
    );
    // Every run parses HTML in jsdom: generous on a loaded machine.
  }, 30_000);
});
