import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { createI18n } from '../../src/i18n/init-i18n';
import { DocumentNotFound } from '../../src/library/DocumentNotFound';
import { items, renderLibrary } from './library-harness';

/** The dialog is a lazy chunk: its first load can take longer than a second on a busy machine. */
const LAZY = { timeout: 8000 };

/** The list item of the article whose title link is `name`. */
function rowOf(name: string | undefined): HTMLElement {
  const list = screen.getByRole('list', { name: 'Articles' });
  const row = within(list)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('link', { name }) !== null);
  if (!row) throw new Error(`no article ${name}`);
  return row;
}

/** The Trash's item for the article titled `title`. */
function trashRowOf(title: string | undefined): HTMLElement {
  const trash = screen.getByRole('list', { name: 'Deleted articles' });
  const row = within(trash)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByText(title ?? '') !== null);
  if (!row) throw new Error(`no deleted article ${title}`);
  return row;
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('Library view', () => {
  it('lists each article with its link, source, date, progress, highlights and last opened', () => {
    renderLibrary('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles' });
    const seed = within(list).getByRole('link', { name: items[0]?.title });
    expect(seed).toHaveAttribute('href', '/reader/?doc=tass-ar-2022-02-09-csto-zas');
    expect(seed).toHaveAttribute('lang', 'ar');
    expect(seed).toHaveAttribute('dir', 'rtl');
    const row = rowOf(items[0]?.title);
    expect(row).toHaveTextContent('تاس');
    expect(row).toHaveTextContent('Published 9 Feb 2022');
    expect(row).toHaveTextContent('42% read');
    expect(row).toHaveTextContent('3 highlights');
    expect(row).toHaveTextContent('Last opened 1 Dec 2026');
    expect(within(row).getByRole('button', { name: 'Delete article' })).toBeInTheDocument();
    const english = within(list).getByRole('link', { name: 'Climate talks stall in Bonn' });
    expect(english).toHaveAttribute('dir', 'ltr');
    const englishRow = rowOf('Climate talks stall in Bonn');
    expect(englishRow).toHaveTextContent('Not read yet');
    expect(englishRow).toHaveTextContent('No highlights');
    expect(englishRow).toHaveTextContent('Not opened yet');
  });

  it('sorts by last opened first, then by date added or title', async () => {
    const user = userEvent.setup();
    renderLibrary('en');
    expect(titles()).toEqual([items[1]?.title, items[0]?.title, items[2]?.title]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Date added');
    expect(titles()).toEqual([items[2]?.title, items[1]?.title, items[0]?.title]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title');
    expect(titles()).toEqual([items[2]?.title, items[0]?.title, items[1]?.title]);
  });

  it('filters titles with the Arabic folding of find', async () => {
    const user = userEvent.setup();
    renderLibrary('en');
    const filter = screen.getByRole('searchbox', { name: 'Filter articles' });
    await user.type(filter, 'مستشفي');
    expect(titles()).toEqual([items[1]?.title]);
    await user.clear(filter);
    await user.type(filter, 'CLIMATE');
    expect(titles()).toEqual([items[2]?.title]);
    await user.clear(filter);
    await user.type(filter, 'واشنطن');
    expect(titles()).toEqual([]);
    expect(screen.getByText('No article title matches “واشنطن”.')).toBeInTheDocument();
  });

  it('opens a document in the app on a plain click', async () => {
    const user = userEvent.setup();
    const { onOpen } = renderLibrary('en');
    await user.click(screen.getByRole('link', { name: 'Climate talks stall in Bonn' }));
    expect(onOpen).toHaveBeenCalledWith('climate');
  });

  it('moves an article to the Trash, says so, and keeps focus in the view', async () => {
    const user = userEvent.setup();
    const { onDelete } = renderLibrary('en');
    const row = rowOf('Climate talks stall in Bonn');
    await user.click(within(row).getByRole('button', { name: 'Delete article' }));
    expect(onDelete).toHaveBeenCalledWith('climate');
    expect(screen.getByRole('status')).toHaveTextContent(
      '“Climate talks stall in Bonn” moved to the Trash.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toHaveFocus();
  });

  it('restores from the Trash, and deletes for good only after asking (never the built-in)', async () => {
    const user = userEvent.setup();
    const [seed, , climate] = items;
    const { onRestore, onDeleteForGood } = renderLibrary('en', {
      items: [items[1]!],
      trashed: [seed!, climate!],
    });
    const seedRow = trashRowOf(seed?.title);
    expect(within(seedRow).queryByRole('button', { name: 'Delete for good' })).toBeNull();
    await user.click(within(seedRow).getByRole('button', { name: 'Restore article' }));
    expect(onRestore).toHaveBeenCalledWith(seed!.id);

    const climateRow = trashRowOf(climate?.title);
    await user.click(within(climateRow).getByRole('button', { name: 'Delete for good' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete for good' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(onDeleteForGood).not.toHaveBeenCalled();
    await user.click(within(climateRow).getByRole('button', { name: 'Delete for good' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete for good' })).getByRole('button', {
        name: 'Delete for good',
      }),
    );
    expect(onDeleteForGood).toHaveBeenCalledWith('climate');
  });

  it('opens "Add article" from its button, and Cancel closes it', async () => {
    const user = userEvent.setup();
    renderLibrary('en');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add article' }, LAZY);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add article' })).toHaveFocus();
  });

  it('a paste on the library opens "Add article" with the pasted article read', async () => {
    renderLibrary('en');
    const main = screen.getByRole('main', { name: 'Library' });
    main.focus();
    fireEvent.paste(main, {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html'
            ? '<h1>عنوان المقال</h1><p>الفقرة الأولى من المقال.</p><p>الفقرة الثانية.</p>'
            : '',
      },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Add article' }, LAZY);
    await waitFor(
      () =>
        expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('عنوان المقال'),
      { timeout: 5000 },
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 paragraphs found.');
  });

  it('a paste in the filter box filters, and does not open the dialog', async () => {
    const user = userEvent.setup();
    renderLibrary('en');
    await user.click(screen.getByRole('searchbox', { name: 'Filter articles' }));
    await user.paste('Bonn');
    expect(titles()).toEqual([items[2]?.title]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a file dropped on the library opens "Add article" with that file', async () => {
    renderLibrary('en');
    const file = new File(
      ['# Notes from Bonn\n\nThe talks stalled on the second day.'],
      'bonn.md',
      {
        type: 'text/markdown',
      },
    );
    fireEvent.drop(screen.getByRole('main', { name: 'Library' }), {
      dataTransfer: { files: [file], types: ['Files'] },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Add article' }, LAZY);
    expect(within(dialog).getByText('From the file bonn.md')).toBeInTheDocument();
    await waitFor(
      () =>
        expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
          'Notes from Bonn',
        ),
      { timeout: 5000 },
    );
  });

  it('without a writable store, lists the articles with nothing to change them', () => {
    renderLibrary('en', { actions: null });
    expect(screen.getAllByRole('link')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Trash' })).toBeNull();
  });

  it('speaks Arabic in the Arabic UI', async () => {
    const user = userEvent.setup();
    renderLibrary('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'المقالات' });
    expect(within(list).getAllByRole('button', { name: 'احذف المقال' })).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'صفِّ المقالات' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'رتّب حسب' })).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('تظليل واحد');
    await user.click(screen.getByRole('button', { name: 'أضف مقالًا' }));
    expect(await screen.findByRole('dialog', { name: 'أضف مقالًا' }, LAZY)).toBeInTheDocument();
  });
});

describe('Document not found', () => {
  it.each([
    ['en', 'Article not found', 'Open the library'],
    ['ar', 'المقال غير موجود', 'افتح المكتبة'],
  ] as const)('says so in %s, with a link to the library', async (language, heading, link) => {
    const user = userEvent.setup();
    const onOpenLibrary = vi.fn();
    applyDocumentLanguage(language);
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <DocumentNotFound libraryHref="/reader/?library" onOpenLibrary={onOpenLibrary} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const toLibrary = screen.getByRole('link', { name: link });
    expect(toLibrary).toHaveAttribute('href', '/reader/?library');
    await user.click(toLibrary);
    expect(onOpenLibrary).toHaveBeenCalledTimes(1);
  });
});
