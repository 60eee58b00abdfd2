import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource } from '../../src/document/article-source';
import { createI18n } from '../../src/i18n/init-i18n';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { freshDatabaseName, seedSource, storeOn } from './render-app';

const ARTICLE = 'مستشفى غزة تحت الحصار\n\nقال مسؤولون إن المستشفى توقف عن العمل صباح الثلاثاء.';
const TITLE = 'مستشفى غزة تحت الحصار';
const SLOW = { timeout: 5000 };

/** The whole app at `?library`, in English, on a fresh fake-indexeddb database. */
function renderLibraryRoute(database = freshDatabaseName()) {
  applyDocumentLanguage('en');
  history.replaceState(null, '', '/?library');
  render(
    <AppProviders
      queryClient={createQueryClient()}
      i18n={createI18n('en')}
      documentSource={seedDocumentSource(seedSource)}
      openStore={storeOn(database)}
    >
      <AppRoutes />
    </AppProviders>,
  );
  return database;
}

const articles = () => screen.getByRole('list', { name: 'Articles' });

async function addArticle(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Add article' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Add article' }, SLOW);
  await user.click(within(dialog).getByRole('textbox', { name: 'Paste the article' }));
  await user.paste(ARTICLE);
  await waitFor(
    () => expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE),
    SLOW,
  );
  await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
  return dialog;
}

/** Adds the article, which opens it, then goes back to the library once it is listed there. */
async function addArticleAndGoBack(user: ReturnType<typeof userEvent.setup>) {
  await addArticle(user);
  await screen.findByRole('article', {}, SLOW);
  await user.click(screen.getByRole('link', { name: 'Library' }));
  await within(articles()).findByRole('link', { name: TITLE }, SLOW);
}

describe('the library, wired to the documents store', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => history.replaceState(null, '', '/'));

  it('saves a pasted article, opens it in its own language, and lists it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderLibraryRoute();
    await addArticle(user);
    const article = await screen.findByRole('article', {}, SLOW);
    expect(location.search).toMatch(/^\?doc=[0-9a-f-]{36}$/);
    expect(article).toHaveAttribute('lang', 'ar');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect(within(article).getByText(/توقف عن العمل/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Library' }));
    const link = await within(articles()).findByRole('link', { name: TITLE }, SLOW);
    expect(link).toHaveAttribute('href', expect.stringMatching(/\?doc=/));
    expect(within(articles()).getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('offers "Open it" for the same text instead of a second copy', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderLibraryRoute();
    await addArticleAndGoBack(user);

    const dialog = await addArticle(user);
    const alert = within(dialog).getByRole('alert');
    await within(alert).findByRole('button', { name: 'Open it' }, SLOW);
    expect(alert).toHaveTextContent(TITLE);
    await user.click(within(alert).getByRole('button', { name: 'Open it' }));
    await screen.findByRole('article', {}, SLOW);
    await user.click(screen.getByRole('link', { name: 'Library' }));
    await within(articles()).findByRole('link', { name: TITLE }, SLOW);
    expect(within(articles()).getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('moves an article to the Trash and restores it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderLibraryRoute();
    await addArticleAndGoBack(user);
    // The outer item of the added article (its details are items of an inner list).
    const row = within(articles())
      .getAllByRole('listitem')
      .find(
        (li) =>
          within(li).queryByRole('button', { name: 'Delete article' }) !== null &&
          within(li).queryByRole('link', { name: TITLE }) !== null,
      );
    if (!row) throw new Error('no row for the added article');
    await user.click(within(row).getByRole('button', { name: 'Delete article' }));

    const trash = await screen.findByRole('list', { name: 'Deleted articles' }, SLOW);
    expect(within(trash).getByText(TITLE)).toBeInTheDocument();
    await waitFor(() => expect(within(articles()).queryByRole('link', { name: TITLE })).toBeNull());
    await user.click(within(trash).getByRole('button', { name: 'Restore article' }));
    await within(articles()).findByRole('link', { name: TITLE }, SLOW);
    expect(screen.getByText('The Trash is empty.')).toBeInTheDocument();
  });
});
