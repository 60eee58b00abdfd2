import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedArticle } from '../seed-article';
import { renderApp, seedSource } from './render-app';

const { meta } = seedArticle();
const headline = { ar: meta.title, en: meta.translations.en?.title };

/** A source whose article never arrives: the app stays in its loading state. */
const pendingSource = {
  ...seedSource,
  key: 'never-loads',
  loadText: () => new Promise<string>(() => {}),
};

beforeEach(() => {
  // Neither language's value, so each assertion proves the app set the title.
  document.title = 'stale';
});

describe('the tab title', () => {
  const cases = [
    { language: 'ar', name: 'قارئ', title: `قارئ — ${headline.ar}` },
    { language: 'en', name: 'Qari', title: `Qari — ${headline.en}` },
  ] as const;

  for (const { language, name, title } of cases) {
    it(`is the app name and the headline in ${language}`, async () => {
      renderApp({ language });
      await screen.findByRole('article');
      await waitFor(() => expect(document.title).toBe(title));
    });

    it(`is the app name alone in ${language} while the article loads`, async () => {
      renderApp({ language, source: pendingSource });
      await waitFor(() => expect(document.title).toBe(name));
    });
  }

  it('follows a switch of the interface language', async () => {
    const user = userEvent.setup();
    renderApp({ language: 'ar' });
    await screen.findByRole('article');
    await waitFor(() => expect(document.title).toBe(`قارئ — ${headline.ar}`));
    await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'en');
    await waitFor(() => expect(document.title).toBe(`Qari — ${headline.en}`));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');
    await waitFor(() => expect(document.title).toBe(`قارئ — ${headline.ar}`));
  });
});
