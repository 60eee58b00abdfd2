import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../src/document/article-document';
import { ArticleView } from '../../src/document/ArticleView';
import { buildDocument } from '../../src/document/build-document';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { seedArticle } from '../seed-article';

/** An article the reader added: English, left to right, with a list and a block quote. */
const english = buildDocument(
  {
    id: 'added-english',
    title: 'Floods in the valley',
    source: 'https://news.example/floods',
    siteName: 'News Example',
    author: 'A. Writer',
    published: { value: '2024-03-05', guessed: true },
    added: '2026-12-04T07:00:00.000Z',
    modified: '2026-12-04T07:00:00.000Z',
    shortName: 'floods',
    builtIn: false,
    language: 'en',
    direction: 'ltr',
    translations: {},
  },
  [
    { kind: 'heading', text: 'Floods in the valley' },
    { kind: 'paragraph', text: 'The river rose overnight.' },
    { kind: 'list-item', text: 'Roads closed' },
    { kind: 'list-item', text: 'Schools shut' },
    { kind: 'quote', text: 'We have never seen it this high.' },
  ],
);

function renderDocument(
  doc: ArticleDocument,
  language: UiLanguage,
  ref?: (article: HTMLElement | null) => void,
) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ArticleView document={doc} ref={ref} />
    </I18nextProvider>,
  );
}

/** A long English document of `count` numbered paragraphs. */
function longDocument(count: number): ArticleDocument {
  return buildDocument(
    { ...english.meta, id: `long-${count}`, title: 'A long report' },
    Array.from({ length: count }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Paragraph ${i + 1}.`,
    })),
  );
}

describe('the document view', () => {
  it.each(['ar', 'en'] as const)(
    'reads an English document left to right in the %s UI',
    (language) => {
      renderDocument(english, language);
      const article = screen.getByRole('article', { name: 'Floods in the valley' });
      expect(article).toHaveAttribute('lang', 'en');
      expect(article).toHaveAttribute('dir', 'ltr');
    },
  );

  it('draws list items as one list and a quote as a block quote', () => {
    renderDocument(english, 'en');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Roads closed', 'Schools shut']);
    expect(screen.getByRole('blockquote')).toHaveTextContent('We have never seen it this high.');
  });

  it('says a guessed date is a guess, and names the site and the author', () => {
    renderDocument(english, 'en');
    expect(screen.getByText(/^Probably published 5 March 2024$/)).toBeInTheDocument();
    expect(screen.getByText('News Example')).toBeInTheDocument();
    expect(screen.getByText('A. Writer')).toBeInTheDocument();
  });

  it('isolates an author in another script, so the byline keeps its order', () => {
    const arabic = { ...english, meta: { ...english.meta, author: 'أحمد فتحي', language: 'ar' } };
    renderDocument(arabic, 'en');
    const author = screen.getByText('أحمد فتحي');
    expect(author.tagName).toBe('BDI');
    expect(author).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('News Example').tagName).toBe('BDI');
  });

  it('keeps the built-in article Arabic and right to left, with its English headline', () => {
    const seed = seedArticle();
    renderDocument(seed, 'en');
    const article = screen.getByRole('article', { name: seed.meta.title });
    expect(article).toHaveAttribute('lang', 'ar');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText(seed.meta.translations.en?.title ?? '')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('TASS')).toBeInTheDocument();
  });

  // Three slices of hundreds of blocks: slow in jsdom on a loaded machine.
  it(
    'draws a long document a slice at a time, and hands over the article once all is in',
    { timeout: 20_000 },
    async () => {
      const doc = longDocument(400);
      const given: (HTMLElement | null)[] = [];
      renderDocument(doc, 'en', (article) => void given.push(article));
      const article = screen.getByRole('article', { name: 'A long report' });
      expect(article).toHaveAttribute('data-length', 'long');
      expect(article).toHaveAttribute('aria-busy', 'true');
      expect(within(article).getByText('Paragraph 1.')).toBeInTheDocument();
      expect(within(article).queryByText('Paragraph 400.')).toBeNull();
      expect(given).toEqual([]);
      expect(
        await within(article).findByText('Paragraph 400.', {}, { timeout: 15_000 }),
      ).toBeTruthy();
      await waitFor(() => expect(article).not.toHaveAttribute('aria-busy'));
      expect(within(article).getAllByText(/^Paragraph \d+\.$/)).toHaveLength(400);
      expect(given).toEqual([article]);
    },
  );

  it('draws a short document whole at once', () => {
    const given: (HTMLElement | null)[] = [];
    renderDocument(longDocument(199), 'en', (article) => void given.push(article));
    const article = screen.getByRole('article', { name: 'A long report' });
    expect(article).not.toHaveAttribute('data-length');
    expect(within(article).getByText('Paragraph 199.')).toBeInTheDocument();
    expect(given).toEqual([article]);
  });
});
