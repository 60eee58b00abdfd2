import { describe, expect, it } from 'vitest';
import {
  checkArticleForm,
  formValuesFrom,
  prefillForm,
  withPublished,
} from '../../../src/library/article-form';
import { extractArticle } from '../../../src/library/extract/extract-article';
import { articleFormCases, filledValues } from './article-form-cases';

describe('checkArticleForm', () => {
  it.each(articleFormCases)('$name', ({ values, check }) => {
    expect(checkArticleForm({ ...filledValues, ...values })).toEqual(check);
  });
});

describe('formValuesFrom', () => {
  it('prefills every field the metadata gives', () => {
    expect(
      formValuesFrom({
        title: 'عنوان',
        sourceUrl: 'https://example.com/a',
        siteName: 'مثال',
        author: 'كاتب',
        published: { value: '2024-03-15', guessed: false },
        language: 'ar',
        direction: 'rtl',
      }),
    ).toEqual({
      title: 'عنوان',
      sourceUrl: 'https://example.com/a',
      author: 'كاتب',
      published: '2024-03-15',
      publishedGuessed: false,
      language: 'ar',
      siteName: 'مثال',
    });
  });

  it('leaves absent fields empty', () => {
    expect(
      formValuesFrom({
        title: 'Title',
        sourceUrl: null,
        siteName: null,
        author: null,
        published: null,
        language: 'en',
        direction: 'ltr',
      }),
    ).toEqual({
      title: 'Title',
      sourceUrl: '',
      author: '',
      published: '',
      publishedGuessed: false,
      language: 'en',
      siteName: null,
    });
  });

  it('marks a date guessed from a pasted text, and it saves as it was prefilled', async () => {
    const result = await extractArticle(
      { kind: 'paste-text', text: 'بيان صحفي\n\nأعلنت الوزارة في 15 مارس 2024 عن خطة جديدة.' },
      '2026-12-04',
    );
    if (!result.ok) throw new Error(result.error);
    const values = formValuesFrom(result.meta);
    expect(values).toMatchObject({
      published: '2024-03-15',
      publishedGuessed: true,
      language: 'ar',
    });
    expect(checkArticleForm(values)).toMatchObject({
      ok: true,
      meta: {
        title: 'بيان صحفي',
        published: '2024-03-15',
        publishedGuessed: true,
        direction: 'rtl',
      },
    });
  });

  it('a date the reader typed is no longer a guess', () => {
    const guessed = { ...filledValues, publishedGuessed: true };
    expect(withPublished(guessed, '2020-01-01')).toEqual({
      ...filledValues,
      published: '2020-01-01',
      publishedGuessed: false,
    });
  });
});

describe('prefillForm', () => {
  const found = {
    ...filledValues,
    title: 'Found',
    published: '2024-01-02',
    publishedGuessed: true,
  };
  const typed = {
    ...filledValues,
    title: 'Typed',
    published: '2020-05-05',
    language: 'en' as const,
  };

  it.each([
    ['nothing edited: all found', [], found],
    ['an edited title stays', ['title'], { ...found, title: 'Typed' }],
    [
      'an edited date stays, and is no guess',
      ['published'],
      { ...found, published: '2020-05-05', publishedGuessed: false },
    ],
    ['an edited language stays', ['language'], { ...found, language: 'en' }],
  ] as const)('%s', (_name, edited, expected) => {
    expect(prefillForm(typed, found, new Set(edited))).toEqual(expected);
  });
});
