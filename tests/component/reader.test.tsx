import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../src/document/article-source';
import { ArticleLoadError } from '../../src/document/article-source';
import { seedArticle, seedMeta, seedText } from '../seed-article';
import { renderApp, seedSource } from './render-app';

describe('the reader', () => {
  it('shows the article right to left with its headline, headings and paragraphs', async () => {
    renderApp();
    const article = await screen.findByRole('article');
    expect(article).toHaveAttribute('lang', 'ar');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent('زاس');
    expect(
      within(article)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([
      'فريق الاستجابة للأزمات',
      'قائمة موحدة للتنظيمات الإرهابية',
      'توسّع منظمة معاهدة الأمن الجماعي',
    ]);
    const paragraphs = within(article)
      .getAllByRole('paragraph')
      .map((p) => p.textContent);
    for (const block of seedArticle().blocks.filter((b) => b.kind !== 'heading')) {
      expect(paragraphs.some((p) => p?.endsWith(block.text))).toBe(true);
    }
    expect(
      within(article).getByText('Photo : Creative Commons', { selector: '[lang="en"] > span' }),
    ).toBeInTheDocument();
  });

  it('has named landmarks in either language', async () => {
    renderApp({ language: 'en' });
    await screen.findByRole('article');
    expect(screen.getByRole('complementary', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to article' })).toHaveAttribute('href', '#main');
  });

  it('formats the date in the UI language', async () => {
    const { unmount } = renderApp({ language: 'en' });
    expect(await screen.findByText('Published 9 February 2022')).toBeInTheDocument();
    unmount();
    renderApp({ language: 'ar' });
    const article = await screen.findByRole('article');
    expect(within(article).getByText(/^نُشر في .*فبراير/, { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2022-02-09',
    );
  });

  it('shows the reading time with an Arabic plural', async () => {
    renderApp();
    expect(await screen.findByText(/^قراءة في .* دقائق$/)).toBeInTheDocument();
  });
});

describe('language switch', () => {
  it('switches to English, mirrors the page, keeps the article Arabic and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp({ language: 'ar' });
    await screen.findByRole('article');
    await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('article')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('complementary', { name: 'Timeline' })).toBeInTheDocument();
    expect(localStorage.getItem('qari.language')).toContain('en');
    unmount();
  });
});

describe('reading settings', () => {
  it('show whether storage is kept and when notes were last exported (the backup status)', async () => {
    const user = userEvent.setup();
    renderApp({ language: 'en' });
    await screen.findByRole('article');
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    // The panel shows once its form's code has loaded (on the first opening).
    const dialog = await screen.findByRole('dialog', { name: 'Reading settings' });
    expect(await within(dialog).findByText(/^Storage: /)).toBeVisible();
    expect(await within(dialog).findByText('The library has never been backed up.')).toBeVisible();
  });

  it('changes text size, line spacing and theme, and keeps them', async () => {
    const user = userEvent.setup();
    const view = renderApp({ language: 'en' });
    await screen.findByRole('article');
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reading settings' });
    const size = within(dialog).getByRole('slider', { name: 'Text size' });
    await waitFor(() => expect(size).toHaveFocus());
    // jsdom does not move range inputs with arrow keys; the browser suite does.
    fireEvent.change(size, { target: { value: '4' } });
    expect(size).toHaveValue('4');
    await user.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Line spacing' })).getByRole('radio', {
        name: 'Relaxed',
      }),
    );
    await user.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Theme' })).getByRole('radio', {
        name: 'Sepia',
      }),
    );
    expect(document.documentElement.dataset.theme).toBe('sepia');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reading settings' })).toHaveFocus();
    view.unmount();

    renderApp({ language: 'en' });
    await screen.findByRole('article');
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    expect(await screen.findByRole('slider', { name: 'Text size' })).toHaveValue('4');
    expect(screen.getByRole('radio', { name: 'Relaxed' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  });
});

describe('bad article files', () => {
  const cases: [string, ArticleSource, RegExp][] = [
    [
      'a missing seed',
      {
        ...seedSource,
        key: 'missing-seed',
        loadText: () => Promise.reject(new ArticleLoadError('seed-missing')),
        loadMeta: () => Promise.resolve(seedMeta),
      },
      /article file could not be loaded/,
    ],
    [
      'an empty seed',
      {
        ...seedSource,
        key: 'empty-seed',
        loadText: () => Promise.resolve('  \n'),
        loadMeta: () => Promise.resolve(seedMeta),
      },
      /article file is empty/,
    ],
    [
      'malformed metadata',
      {
        ...seedSource,
        key: 'bad-meta',
        loadText: () => Promise.resolve(seedText),
        loadMeta: () => Promise.resolve({ id: 7 }),
      },
      /details file is malformed/,
    ],
    [
      'metadata that is not JSON',
      {
        ...seedSource,
        key: 'not-json-meta',
        loadText: () => Promise.resolve(seedText),
        loadMeta: () => Promise.reject(new ArticleLoadError('meta-invalid')),
      },
      /details file is malformed/,
    ],
    [
      'a missing metadata file',
      {
        ...seedSource,
        key: 'missing-meta',
        loadText: () => Promise.resolve(seedText),
        loadMeta: () => Promise.reject(new ArticleLoadError('meta-missing')),
      },
      /details file could not be loaded/,
    ],
  ];

  it.each(cases)('%s gives a clear, translated error', async (_name, source, message) => {
    renderApp({ language: 'en', source });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The article could not be opened');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the error in Arabic in the Arabic UI', async () => {
    renderApp({ language: 'ar', source: cases[2]![1] });
    expect(await screen.findByRole('alert')).toHaveTextContent('تعذّر فتح المقال');
  });
});
