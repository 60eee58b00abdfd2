import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/storage/annotation-record';
import { openStore } from '../../src/storage/open-store';
import { createMemoryStore } from '../../src/storage/memory-backend';
import { StorageError } from '../../src/storage/storage-error';
import { annotationOn, storeRecords } from './annotation-fixtures';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

const LEDE_QUOTE = 'ستانيسلاف زاس';
const TOLL_QUOTE = 'توفي على إثر هذه الأحداث 225 شخصاً';
const HEADING_QUOTE = 'فريق الاستجابة للأزمات';

async function appWith(records: Parameters<typeof storeRecords>[1], language: 'ar' | 'en' = 'en') {
  const database = freshDatabaseName();
  await storeRecords(database, records);
  const view = renderApp({ language, database });
  await untilSettled();
  return view;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stored highlights', () => {
  it('draws each highlight as a focusable mark that says whether it has a note', async () => {
    await appWith([
      annotationOn(LEDE_QUOTE, { note: 'who is he?' }),
      annotationOn(TOLL_QUOTE, { color: 'pink' }),
    ]);
    const marks = await screen.findAllByRole('mark');
    expect(marks.map((m) => m.textContent)).toEqual([LEDE_QUOTE, TOLL_QUOTE]);
    expect(marks[0]).toHaveAttribute('tabindex', '0');
    expect(marks[0]).toHaveAccessibleDescription('Highlight with a note');
    expect(marks[1]).toHaveAccessibleDescription('Highlight');
    expect(marks[1]).toHaveAttribute('data-color', 'pink');
  });

  it('lists annotations in reading order with an Arabic plural count', async () => {
    await appWith(
      [annotationOn(TOLL_QUOTE), annotationOn(LEDE_QUOTE), annotationOn(HEADING_QUOTE)],
      'ar',
    );
    const notes = screen.getByRole('complementary', { name: 'الملاحظات' });
    await within(notes).findByText('3 تظليلات');
    // The list's code loads with the first annotation: it may come a moment after the count.
    const quotes = (await within(notes).findAllByRole('listitem')).map(
      (li) => li.textContent ?? '',
    );
    expect(quotes[0]).toContain(LEDE_QUOTE);
    expect(quotes[1]).toContain(HEADING_QUOTE);
    expect(quotes[2]).toContain(TOLL_QUOTE);
  });

  it('moves focus to the highlight when its quote is activated in the list', async () => {
    const user = userEvent.setup();
    await appWith([annotationOn(TOLL_QUOTE)]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await user.click(await within(notes).findByRole('button', { name: TOLL_QUOTE }));
    expect(screen.getByRole('mark')).toHaveFocus();
  });

  it('copies a saved quote from its card with a citation line and a link back to it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await appWith([annotationOn(TOLL_QUOTE)]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await user.click(await within(notes).findByRole('button', { name: 'Copy quote' }));
    await screen.findByText('Quote copied with its citation');
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    const [quote, citation] = copied.split('\n');
    expect(quote).toBe(`“${TOLL_QUOTE}”`);
    expect(citation).toContain('TASS');
    expect(citation).toMatch(/#quote=[^\s]+$/u);
  });

  it('says so when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await appWith([annotationOn(TOLL_QUOTE)]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await user.click(await within(notes).findByRole('button', { name: 'Copy quote' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be copied');
  });

  it('shows markup in notes and tags as text, never as HTML', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    await appWith([annotationOn(LEDE_QUOTE, { note: payload, tags: ['<b>bold</b>'] })]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    expect(await within(notes).findByText(payload)).toBeInTheDocument();
    expect(within(notes).getByText('#<b>bold</b>')).toBeInTheDocument();
    expect(within(notes).queryByRole('img')).not.toBeInTheDocument();
  });

  it('lists a highlight whose quote is no longer in the text as Unanchored, and keeps it', async () => {
    const orphan = annotationOn(LEDE_QUOTE);
    orphan.target = {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'نص لم يعد في المقال إطلاقاً ولا يشبهه شيء',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 5, end: 47 },
    };
    await appWith([orphan, annotationOn(TOLL_QUOTE)]);
    const section = await screen.findByRole('region', { name: 'Unanchored' });
    expect(within(section).getByText(/نص لم يعد في المقال/)).toBeInTheDocument();
    // Its quote is no longer in the article, so it is not offered for citing from there.
    expect(within(section).queryByRole('button', { name: 'Copy quote' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('mark')).toHaveLength(1);
    expect(screen.getByText('2 highlights')).toBeInTheDocument();
  });

  it('filters the list by color and tag', async () => {
    const user = userEvent.setup();
    await appWith([
      annotationOn(LEDE_QUOTE, { color: 'green', tags: ['people'] }),
      annotationOn(TOLL_QUOTE, { color: 'pink', tags: ['toll'] }),
    ]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await within(notes).findByText('2 highlights');
    await user.selectOptions(
      within(notes).getByRole('combobox', { name: 'Filter by color' }),
      'pink',
    );
    expect(within(notes).getAllByRole('button', { description: 'Go to highlight' })).toHaveLength(
      1,
    );
    await user.selectOptions(within(notes).getByRole('combobox', { name: 'Filter by color' }), '');
    await user.selectOptions(
      within(notes).getByRole('combobox', { name: 'Filter by tag' }),
      'people',
    );
    expect(within(notes).getAllByRole('button', { description: 'Go to highlight' })).toHaveLength(
      1,
    );
    expect(within(notes).getByRole('button', { name: LEDE_QUOTE })).toBeInTheDocument();
  });
});

describe('the note editor', () => {
  it('opens from a highlight, saves as you type, and keeps the note across a reload', async () => {
    const user = userEvent.setup();
    const { database, unmount } = await appWith([annotationOn(TOLL_QUOTE)]);
    await user.click(await screen.findByRole('mark'));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    await user.type(note, 'حصيلة رسمية');
    await screen.findByText('Saved', {}, { timeout: 3000 });
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'toll, كازاخستان{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Blue' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    unmount();

    renderApp({ language: 'en', database });
    const notes = await screen.findByRole('complementary', { name: 'Notes' });
    expect(await within(notes).findByText('حصيلة رسمية')).toBeInTheDocument();
    expect(within(notes).getByText('#كازاخستان')).toBeInTheDocument();
    expect(await screen.findByRole('mark')).toHaveAttribute('data-color', 'blue');
    expect(await screen.findByRole('mark')).toHaveAccessibleDescription('Highlight with a note');
  });

  it('gives focus to the card after Done, and to the next card after Delete, not to the page', async () => {
    const user = userEvent.setup();
    await appWith([
      annotationOn(LEDE_QUOTE),
      annotationOn(HEADING_QUOTE),
      annotationOn(TOLL_QUOTE),
    ]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    const cardOf = (quote: string) =>
      within(notes)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(quote));
    const marks = await screen.findAllByRole('mark');
    await user.click(marks[1] as HTMLElement);
    await screen.findByRole('textbox', { name: 'Note' });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    const heading = cardOf(HEADING_QUOTE);
    expect(heading && within(heading).getByRole('button', { name: 'Edit note' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    const toll = cardOf(TOLL_QUOTE);
    expect(toll && within(toll).getByRole('button', { name: 'Edit note' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    const lede = cardOf(LEDE_QUOTE);
    expect(lede && within(lede).getByRole('button', { name: 'Edit note' })).toHaveFocus();
  });

  it('keeps a note open while a change takes it out of the filter, then focuses the next card', async () => {
    const user = userEvent.setup();
    await appWith([
      annotationOn(LEDE_QUOTE, { color: 'pink' }),
      annotationOn(HEADING_QUOTE, { color: 'pink' }),
      annotationOn(TOLL_QUOTE, { color: 'pink' }),
    ]);
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    await screen.findAllByRole('mark');
    await user.selectOptions(
      within(notes).getByRole('combobox', { name: 'Filter by color' }),
      'pink',
    );
    const cardOf = (quote: string) =>
      within(notes)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(quote));
    const heading = cardOf(HEADING_QUOTE);
    await user.click(within(heading as HTMLElement).getByRole('button', { name: 'Edit note' }));
    await user.click(await screen.findByRole('radio', { name: 'Blue' }));
    // Still open, though blue is no longer in the pink list.
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(cardOf(HEADING_QUOTE)).toBeUndefined();
    const toll = cardOf(TOLL_QUOTE);
    expect(toll && within(toll).getByRole('button', { name: 'Edit note' })).toHaveFocus();
  });

  it('says Saved, not Saving, when the note is typed back to what is stored', async () => {
    const user = userEvent.setup();
    await appWith([annotationOn(TOLL_QUOTE, { note: 'حصيلة' })]);
    await user.click(await screen.findByRole('mark'));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(note, 'x{Backspace}');
    expect(note).toHaveValue('حصيلة');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByText('Saving…')).not.toBeInTheDocument();
  });

  it('refuses a note over the limit with a message and keeps the typed text', async () => {
    const user = userEvent.setup();
    const { database } = await appWith([annotationOn(TOLL_QUOTE)]);
    await user.click(await screen.findByRole('mark'));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    const long = 'ا'.repeat(MAX_NOTE_LENGTH + 1);
    await user.click(note);
    await user.paste(long);
    expect(await screen.findByText(/at most 10000 characters/)).toBeInTheDocument();
    expect(note).toHaveValue(long);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(long);
    const { store } = await openStore({ name: database });
    expect((await store.listAnnotations('tass-ar-2022-02-09-csto-zas'))[0]?.note).toBe('');
    store.close();
  });

  it('shows a failed write and keeps the note in the editor', async () => {
    const user = userEvent.setup();
    const memory = createMemoryStore();
    await memory.saveAnnotation(annotationOn(TOLL_QUOTE));
    const failing = {
      ...memory,
      persistence: 'indexeddb' as const,
      saveAnnotation: () => Promise.reject(new StorageError('quota-exceeded')),
    };
    renderApp({
      language: 'en',
      open: () => Promise.resolve({ store: failing, fallbackReason: null }),
    });
    await untilSettled();
    await user.click(await screen.findByRole('mark'));
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'keep me');
    expect(await screen.findByText(/storage is full/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(await screen.findByText('Not saved')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('keep me');
  });
});

describe('delete, undo, trash', () => {
  it('deletes with an Undo toast, then restores from the Trash', async () => {
    const user = userEvent.setup();
    await appWith([annotationOn(TOLL_QUOTE)]);
    await user.click(await screen.findByRole('mark'));
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    await waitFor(() => expect(screen.queryByRole('mark')).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('mark')).toHaveTextContent(TOLL_QUOTE);

    await user.click(screen.getByRole('mark'));
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    await waitFor(() => expect(screen.queryByRole('mark')).not.toBeInTheDocument());
    const trash = screen.getByRole('region', { name: 'Trash' });
    await user.click(within(trash).getByRole('button', { name: 'Trash' }));
    await user.click(await within(trash).findByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('mark')).toHaveTextContent(TOLL_QUOTE);
  });

  it('removes for good only after a confirmation', async () => {
    const user = userEvent.setup();
    const trashed = annotationOn(LEDE_QUOTE, {
      deleted: '2026-01-02T00:00:00.000Z',
      modified: '2026-01-02T00:00:00.000Z',
    });
    await appWith([trashed]);
    const trash = screen.getByRole('region', { name: 'Trash' });
    await user.click(within(trash).getByRole('button', { name: 'Trash' }));
    await user.click(await within(trash).findByRole('button', { name: 'Delete forever' }));
    await user.click(within(trash).getByRole('button', { name: 'Keep' }));
    await user.click(within(trash).getByRole('button', { name: 'Delete forever' }));
    await user.click(within(trash).getByRole('button', { name: 'Delete forever' }));
    expect(await within(trash).findByText('The trash is empty.')).toBeInTheDocument();
  });

  it('undoes the last annotation action with Ctrl+Z', async () => {
    const user = userEvent.setup();
    await appWith([annotationOn(TOLL_QUOTE)]);
    await user.click(await screen.findByRole('mark'));
    await user.click(await screen.findByRole('radio', { name: 'Green' }));
    await waitFor(() => expect(screen.getByRole('mark')).toHaveAttribute('data-color', 'green'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByRole('mark')).toHaveAttribute('data-color', 'yellow'));
  });
});

describe('other tabs and storage trouble', () => {
  it('shows a highlight written by another connection without a reload', async () => {
    const database = freshDatabaseName();
    renderApp({ language: 'en', database });
    await screen.findByRole('article');
    await screen.findByText('No highlights yet');
    await act(() =>
      storeRecords(database, [annotationOn(LEDE_QUOTE, { note: 'from another tab' })]),
    );
    expect(await screen.findByRole('mark', {}, { timeout: 3000 })).toHaveTextContent(LEDE_QUOTE);
  });

  it('shows a newer note from another tab in an open editor, but never over text being typed', async () => {
    const user = userEvent.setup();
    const record = annotationOn(TOLL_QUOTE, { note: 'قديم' });
    const { database } = await appWith([record]);
    await user.click(await screen.findByRole('mark'));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    expect(note).toHaveValue('قديم');
    const later = (minutes: number) => new Date(Date.UTC(2027, 0, 1, 0, minutes)).toISOString();
    await act(() =>
      storeRecords(database, [{ ...record, note: 'من علامة أخرى', modified: later(1) }]),
    );
    await waitFor(() => expect(note).toHaveValue('من علامة أخرى'), { timeout: 3000 });

    await user.type(note, ' وأكثر');
    await act(() => storeRecords(database, [{ ...record, note: 'أحدث', modified: later(2) }]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(note).toHaveValue('من علامة أخرى وأكثر');
  });

  it('warns that notes will not survive the tab when IndexedDB is unavailable', async () => {
    renderApp({
      language: 'en',
      open: () => Promise.resolve({ store: createMemoryStore(), fallbackReason: 'unavailable' }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/lost when this tab closes/);
  });
});
