import type { ArticleFormCheck, ArticleFormValues } from '../../../src/library/article-form';

/** Form values as the reader left them, and what checking them must give. */
export interface ArticleFormCase {
  name: string;
  values: Partial<ArticleFormValues>;
  check: ArticleFormCheck;
}

/** A filled form for an Arabic article from a news site. */
export const filledValues: ArticleFormValues = {
  title: 'زاس: تكثيف النشاط العسكري للناتو',
  sourceUrl: 'https://example.com/news/1',
  author: 'مراسل تاس',
  published: '2022-02-09',
  publishedGuessed: false,
  language: 'ar',
  siteName: 'تاس',
};

const filledMeta = {
  title: filledValues.title,
  sourceUrl: filledValues.sourceUrl,
  siteName: 'تاس',
  author: filledValues.author,
  published: '2022-02-09',
  publishedGuessed: false,
  language: 'ar',
  direction: 'rtl',
} as const;

export const articleFormCases: ArticleFormCase[] = [
  { name: 'a filled form', values: {}, check: { ok: true, meta: filledMeta } },
  {
    name: 'blank optional fields become null',
    values: { sourceUrl: ' ', author: '', published: '' },
    check: { ok: true, meta: { ...filledMeta, sourceUrl: null, author: null, published: null } },
  },
  {
    name: 'spaces in the title and author are tidied',
    values: { title: '  زاس:\n تكثيف  ', author: ' مراسل   تاس ' },
    check: { ok: true, meta: { ...filledMeta, title: 'زاس: تكثيف', author: 'مراسل تاس' } },
  },
  {
    name: 'tracking parameters are dropped from the source URL',
    values: { sourceUrl: 'https://example.com/a?utm_source=x&id=3' },
    check: { ok: true, meta: { ...filledMeta, sourceUrl: 'https://example.com/a?id=3' } },
  },
  {
    name: 'a guessed date stays marked as a guess',
    values: { publishedGuessed: true },
    check: { ok: true, meta: { ...filledMeta, publishedGuessed: true } },
  },
  {
    name: 'no date is no guess',
    values: { published: '', publishedGuessed: true },
    check: { ok: true, meta: { ...filledMeta, published: null, publishedGuessed: false } },
  },
  {
    name: 'English reads left to right',
    values: { language: 'en' },
    check: { ok: true, meta: { ...filledMeta, language: 'en', direction: 'ltr' } },
  },
  {
    name: 'Persian reads right to left',
    values: { language: 'fa' },
    check: { ok: true, meta: { ...filledMeta, language: 'fa', direction: 'rtl' } },
  },
  {
    name: 'an undetermined language reads left to right',
    values: { language: 'und' },
    check: { ok: true, meta: { ...filledMeta, language: 'und', direction: 'ltr' } },
  },
  {
    name: 'an empty title',
    values: { title: ' \n ' },
    check: { ok: false, errors: { title: 'title-empty' } },
  },
  {
    name: 'a title too long',
    values: { title: 'ا'.repeat(501) },
    check: { ok: false, errors: { title: 'title-too-long' } },
  },
  {
    name: 'a javascript: source URL',
    values: { sourceUrl: 'javascript:alert(1)' },
    check: { ok: false, errors: { sourceUrl: 'source-url-invalid' } },
  },
  {
    name: 'a relative source URL',
    values: { sourceUrl: '/news/1' },
    check: { ok: false, errors: { sourceUrl: 'source-url-invalid' } },
  },
  {
    name: 'a day that does not exist',
    values: { published: '2022-02-30' },
    check: { ok: false, errors: { published: 'published-invalid' } },
  },
  {
    name: 'a date not in YYYY-MM-DD',
    values: { published: '9 February 2022' },
    check: { ok: false, errors: { published: 'published-invalid' } },
  },
  {
    name: 'every bad field at once',
    values: { title: '', sourceUrl: 'ftp://x', published: 'soon' },
    check: {
      ok: false,
      errors: {
        title: 'title-empty',
        sourceUrl: 'source-url-invalid',
        published: 'published-invalid',
      },
    },
  },
];
