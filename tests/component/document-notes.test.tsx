import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/init-i18n';
import { AllNotesView } from '../../src/notes/AllNotesView';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { annotationOn, storeRecords } from './annotation-fixtures';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

// Issue 15: notes on the whole article (no quote), at the top of its notes.
const TOLL_QUOTE = 'توفي على إثر هذه الأحداث 225 شخصاً';
const PAGE_NOTE = 'A page note: read with the CSTO charter open.';

function onDocument(note: string): AnnotationRecord {
  return { ...annotationOn(TOLL_QUOTE), target: null, note, tags: ['method'] };
}

async function appWith(records: AnnotationRecord[], language: 'ar' | 'en' = 'en') {
  const database = freshDatabaseName();
  await storeRecords(database, records);
  const view = renderApp({ language, database });
  await untilSettled();
  return view;
}

describe('notes on the whole article', () => {
  it('lists them first, under "About this article", never as Unanchored nor drawn', async () => {
    await appWith([annotationOn(TOLL_QUOTE, { note: 'the toll' }), onDocument(PAGE_NOTE)]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    const about = await within(notes).findByRole('region', { name: 'About this article' });
    expect(within(about).getByText(PAGE_NOTE)).toBeInTheDocument();
    expect(within(about).getByText('#method')).toBeInTheDocument();
    // Above the highlights, which are listed after it.
    const toll = within(notes).getByText('the toll');
    expect(about.compareDocumentPosition(toll) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(notes).queryByRole('region', { name: 'Unanchored' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('mark').map((m) => m.textContent)).toEqual([TOLL_QUOTE]);
  });

  it('names the section in Arabic', async () => {
    await appWith([onDocument('ملاحظة على المقال كله')], 'ar');
    const notes = screen.getByRole('complementary', { name: 'الملاحظات' });
    const about = await within(notes).findByRole('region', { name: 'عن هذا المقال' });
    expect(within(about).getByText('ملاحظة على المقال كله')).toBeInTheDocument();
    expect(within(about).getByRole('button', { name: 'أضف ملاحظة على هذا المقال' })).toBeVisible();
  });

  it('edits one with no quote and no color, and deletes it to the Trash', async () => {
    const user = userEvent.setup();
    await appWith([onDocument(PAGE_NOTE)]);
    const about = await screen.findByRole('region', { name: 'About this article' });
    await user.click(within(about).getByRole('button', { name: 'Edit note' }));
    const editor = await screen.findByRole('region', { name: 'Edit note on this article' });
    expect(within(editor).queryByRole('radiogroup')).not.toBeInTheDocument();
    const note = within(editor).getByRole('textbox', { name: 'Note' });
    await user.type(note, ' Then the charter.');
    await within(editor).findByText('Saved', {}, { timeout: 3000 });
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    expect(await within(about).findByText(`${PAGE_NOTE} Then the charter.`)).toBeInTheDocument();

    await user.click(within(about).getByRole('button', { name: 'Edit note' }));
    await user.click(await screen.findByRole('button', { name: 'Delete note' }));
    await screen.findByRole('button', { name: 'Undo' });
    const trash = screen.getByRole('region', { name: 'Trash' });
    await user.click(within(trash).getByRole('button', { name: 'Trash' }));
    expect(await within(trash).findByText(`${PAGE_NOTE} Then the charter.`)).toBeInTheDocument();
    await user.click(within(trash).getByRole('button', { name: 'Restore' }));
    expect(
      await within(await screen.findByRole('region', { name: 'About this article' })).findByText(
        `${PAGE_NOTE} Then the charter.`,
      ),
    ).toBeInTheDocument();
  });

  it('adds one from an empty panel, and drops one left blank', async () => {
    const user = userEvent.setup();
    await appWith([]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await user.click(within(notes).getByRole('button', { name: 'Add a note on this article' }));
    let editor = await screen.findByRole('region', { name: 'Edit note on this article' });
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Edit note on this article' }),
      ).not.toBeInTheDocument(),
    );
    // Nothing was written: the panel is empty again.
    expect(await within(notes).findByText(/Select a passage/)).toBeInTheDocument();

    await user.click(within(notes).getByRole('button', { name: 'Add a note on this article' }));
    editor = await screen.findByRole('region', { name: 'Edit note on this article' });
    await user.type(within(editor).getByRole('textbox', { name: 'Note' }), 'My own page note');
    await within(editor).findByText('Saved', {}, { timeout: 3000 });
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    const about = await within(notes).findByRole('region', { name: 'About this article' });
    expect(await within(about).findByText('My own page note')).toBeInTheDocument();
    expect(screen.queryByRole('mark')).not.toBeInTheDocument();
  });
});

describe('notes on the whole article in All notes', () => {
  it('lists one with its document, linking to the document rather than a passage', async () => {
    const pageNote = onDocument(PAGE_NOTE);
    const document = {
      id: pageNote.documentId,
      title: 'قمة منظمة الأمن الجماعي',
      language: 'ar',
      direction: 'rtl' as const,
    };
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <AllNotesView
          records={[pageNote]}
          documents={new Map([[document.id, document]])}
          noteHref={(doc, id) => `/reader/?doc=${doc}#highlight=${id}`}
          onExport={vi.fn()}
        />
      </I18nextProvider>,
    );
    const link = await screen.findByRole('link', { name: 'About this article' });
    expect(link).toHaveAttribute('href', `/reader/?doc=${document.id}`);
    const card = screen.getByRole('article');
    expect(within(card).getByText(PAGE_NOTE)).toBeInTheDocument();
    expect(within(card).getByText(document.title)).toBeInTheDocument();
  });
});
