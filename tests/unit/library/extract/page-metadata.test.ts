// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../../../src/library/extract/iso-date';
import type { PageMetadata } from '../../../../src/library/extract/page-metadata';
import { bylineAuthor, readPageMetadata } from '../../../../src/library/extract/page-metadata';

const read = (head: string, body = ''): PageMetadata =>
  readPageMetadata(
    new DOMParser().parseFromString(`<head>${head}</head><body>${body}</body>`, 'text/html'),
  );
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const cases: [name: string, head: string, body: string, expected: Partial<PageMetadata>][] = [
  [
    '<title> without a known site name suffix, site name from og',
    '<title>زاس يحذر - تاس</title><meta property="og:site_name" content="تاس">',
    '',
    { title: null, documentTitle: 'زاس يحذر', siteName: 'تاس' },
  ],
  [
    'twitter:title when there is no og:title',
    '<meta name="twitter:title" content="عنوان تويتر"><title>t</title>',
    '',
    { title: 'عنوان تويتر', documentTitle: 't' },
  ],
  [
    'JSON-LD as an array, the article object found by its type; authors joined',
    ld([
      { '@type': 'Organization', name: 'ليس هذا' },
      {
        '@type': ['ReportageNewsArticle'],
        headline: 'عنوان  من\nJSON-LD',
        datePublished: '2022-02-09',
        author: [{ name: 'أحمد' }, { name: 'سارة' }],
        publisher: { name: 'الوكالة' },
        url: 'https://example.org/a',
      },
    ]),
    '',
    {
      title: 'عنوان من JSON-LD',
      published: '2022-02-09',
      author: 'أحمد، سارة',
      siteName: 'الوكالة',
      sourceUrl: 'https://example.org/a',
    },
  ],
  [
    'broken JSON-LD is skipped, the next block read',
    '<script type="application/ld+json">{ not json</script>' +
      ld({ '@type': 'BlogPosting', datePublished: '2021-03-04T23:30:00-05:00' }),
    '',
    { published: '2021-03-04' },
  ],
  [
    'canonical wins over og:url; the host is the site name when none is given',
    '<link rel="canonical" href="https://www.example.org/ar/a"><meta property="og:url" content="https://m.example.org/a">',
    '',
    { sourceUrl: 'https://www.example.org/ar/a', siteName: 'example.org' },
  ],
  [
    'relative and javascript: URLs are not source URLs',
    '<link rel="canonical" href="/ar/a"><meta property="og:url" content="javascript:alert(1)">',
    '',
    { sourceUrl: null, siteName: null },
  ],
  [
    'article:author as a profile URL is not an author',
    '<meta property="article:author" content="https://facebook.com/x">',
    '',
    { author: null },
  ],
  [
    'a profile URL does not hide a later author meta',
    '<meta property="article:author" content="https://facebook.com/x"><meta name="dc.creator" content="تاس">',
    '',
    { author: 'تاس' },
  ],
  [
    'og:url loses its tracking parameters',
    '<meta property="og:url" content="https://x.org/a?utm_source=share&id=3">',
    '',
    { sourceUrl: 'https://x.org/a?id=3' },
  ],
  ['meta author', '<meta name="author" content=" هيئة  التحرير ">', '', { author: 'هيئة التحرير' }],
  [
    'a date meta in RFC 2822 form',
    '<meta name="date" content="Wed, 09 Feb 2022 11:05:00 GMT">',
    '',
    { published: '2022-02-09' },
  ],
  [
    'an impossible date is skipped for the <time> in the article',
    '<meta property="article:published_time" content="2022-02-30T10:00:00Z">',
    '<time datetime="2020-01-01">قديم</time><article><time datetime="2022-02-08">أمس</time></article>',
    { published: '2022-02-08' },
  ],
  [
    'nothing at all',
    '',
    '<p>نص</p>',
    {
      title: null,
      documentTitle: null,
      sourceUrl: null,
      siteName: null,
      author: null,
      published: null,
    },
  ],
];

describe('readPageMetadata', () => {
  it.each(cases)('%s', (_name, head, body, expected) => {
    expect(read(head, body)).toMatchObject(expected);
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2022-02-09', '2022-02-09'],
    ['2022-02-09T23:30:00-05:00', '2022-02-09'],
    ['2022-02-09 10:00', '2022-02-09'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2023-02-29', null],
    ['2022-13-01', null],
    ['Wed, 09 Feb 2022 11:05:00 GMT', '2022-02-09'],
    ['February 9, 2022', '2022-02-09'],
    ['Wed, 09 Feb 2022 23:30:00 -0500', '2022-02-09'],
    ['Thu, 10 Feb 2022 01:30:00 +0300', '2022-02-10'],
    ['9 فبراير 2022', null],
    ['yesterday', null],
    ['12', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(isoDateOf(value)).toBe(expected);
  });
});

describe('bylineAuthor', () => {
  it.each([
    ['مراسل الوكالة في موسكو · 9 فبراير 2022', 'مراسل الوكالة في موسكو'],
    ['بقلم: أحمد محمود', 'أحمد محمود'],
    ['كتب  سامي   علي | القاهرة', 'سامي علي'],
    ['By Jane Doe - Staff writer', 'Jane Doe'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ['Byron Smith', 'Byron Smith'],
    ['', null],
    [null, null],
    ['By ', null],
    ['x'.repeat(101), null],
  ])('%s → %s', (byline, expected) => {
    expect(bylineAuthor(byline)).toBe(expected);
  });
});
