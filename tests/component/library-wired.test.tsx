import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource } from '../../src/document/article-source';
import { createI18n } from '../../src/i18n/init-i18n';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import type { StoreOpener } from '../../src/annotations/AnnotationStoreProvider';
import { QariDb } from '../../src/storage/db';
import { documentStoreMakers } from '../../src/storage/document-store-makers';
import { builtInAsAdded } from '../long-document';
import { freshDatabaseName, seedSource, storeOn } from './render-app';

const ARTICLE = 'مستشفى غزة تحت الحصار\n\nقال مسؤولون إن المستشفى توقف عن العمل صباح الثلاثاء.';
const TITLE = 'مستشفى غزة تحت الحصار';
const SLOW = { timeout: 5000 };

/** The whole app at `?library` (or `search`), in English, on a fresh fake-indexeddb database. */
function renderLibraryRoute(
  database = freshDatabaseName(),
  open: StoreOpener = storeOn(database),
  search = '?library',
) {
  applyDocumentLanguage('en');
  history.replaceState(null, '', `/${search}`);
  render(
    <AppProviders
      queryClient={createQueryClient()}
      i18n={createI18n('en')}
      documentSource={seedDocumentSource(seedSource)}
      openStore={open}
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

  describe('a storage write that fails leaves nothing of the document behind', () => {
    /**
     * The store on `database`, with `fault` applied to the library's database connection when
     * the library opens it (the app's own connection, so its transactions meet the fault).
     */
    const faultyStore =
      (database: string, fault: (db: QariDb) => void): StoreOpener =>
      async (options) => {
        const opened = await storeOn(database)(options);
        const openDocuments = opened.openDocuments;
        if (!openDocuments) throw new Error('the store opens no library');
        return {
          ...opened,
          openDocuments: (makers) =>
            openDocuments({
              ...makers,
              onDatabase: (db, repositoryOptions) => {
                fault(db);
                return makers.onDatabase(db, repositoryOptions);
              },
            }),
        };
      };

    /** What the database holds of added documents, read through a connection of its own. */
    async function storedRows(database: string) {
      const db = new QariDb({ name: database });
      try {
        return { documents: await db.documents.count(), texts: await db.documentTexts.count() };
      } finally {
        db.close();
      }
    }

    /** Saving fails with `message`; the dialog stays open with everything the reader typed. */
    async function failsToSave(message: string) {
      const user = userEvent.setup({ applyAccept: false });
      const dialog = await addArticle(user);
      const alert = within(dialog).getByRole('alert');
      await waitFor(() => expect(alert.textContent).toBe(message), SLOW);
      expect(within(dialog).getByRole('textbox', { name: 'Paste the article' })).toHaveValue(
        ARTICLE,
      );
      expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
      expect(within(dialog).getByRole('button', { name: 'Save to library' })).toBeEnabled();
      expect(screen.queryByRole('article')).toBeNull();
    }

    // Two connections and a failed transaction: slower than the 5 s default on a loaded machine.
    const LONG = { timeout: 20_000 };

    it('a full disk part-way through the save (the text after the row)', LONG, async () => {
      const database = freshDatabaseName();
      renderLibraryRoute(
        database,
        faultyStore(database, (db) =>
          db.documentTexts.hook('creating', () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }),
        ),
      );
      await failsToSave(
        "The article was not saved, and nothing of it was kept: Your browser's storage is full, " +
          'so this change was not saved. Free some space (or export your notes), then try again.',
      );
      expect(await storedRows(database)).toEqual({ documents: 0, texts: 0 });
      expect(within(articles()).queryByRole('link', { name: TITLE })).toBeNull();
    });

    it('a database closed under the app', LONG, async () => {
      const database = freshDatabaseName();
      let connection: QariDb | null = null;
      renderLibraryRoute(
        database,
        faultyStore(database, (db) => (connection = db)),
      );
      await screen.findByRole('button', { name: 'Add article' }, SLOW);
      await waitFor(() => expect(connection).not.toBeNull(), SLOW);
      connection!.close();
      await failsToSave(
        'The article was not saved, and nothing of it was kept: ' +
          'The notes database was closed. Reload the page to continue.',
      );
      expect(await storedRows(database)).toEqual({ documents: 0, texts: 0 });
    });
  });

  describe('an address naming a document that is not in the library', () => {
    it.each([
      ['an id this device does not hold', '?doc=0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b'],
      ['an id that cannot be one (nothing of it echoed)', '?doc=%3Cscript%3Ex%3C%2Fscript%3E'],
    ])('%s says so, with a link to the library that opens it', async (_, search) => {
      const user = userEvent.setup({ applyAccept: false });
      renderLibraryRoute(undefined, undefined, search);
      const main = await screen.findByRole('main', { name: 'Article not found' }, SLOW);
      expect(screen.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
      expect(main).toHaveTextContent(
        'This address names an article that is not in your library on this device.',
      );
      expect(main).not.toHaveTextContent(/script|0f1e2d3c/);
      expect(screen.queryByRole('article')).toBeNull();
      await waitFor(() => expect(document.title).toBe('Qari — Article not found'));
      const link = within(main).getByRole('link', { name: 'Open the library' });
      expect(link).toHaveAttribute('href', '/?library');
      await user.click(link);
      expect(await screen.findByRole('list', { name: 'Articles' }, SLOW)).toBeInTheDocument();
      expect(location.search).toBe('?library');
    });

    it('a document in the Trash is not in the library', async () => {
      const database = freshDatabaseName();
      const { store, openDocuments } = await storeOn(database)({ onBlocked: () => {} });
      const documents = openDocuments!(documentStoreMakers);
      const trashed = builtInAsAdded();
      await documents.addDocument(trashed);
      await documents.trashDocument(trashed.meta.id);
      store.close();
      renderLibraryRoute(database, undefined, `?doc=${trashed.meta.id}`);
      await screen.findByRole('main', { name: 'Article not found' }, SLOW);
      expect(screen.queryByRole('article')).toBeNull();
    });
  });
});
