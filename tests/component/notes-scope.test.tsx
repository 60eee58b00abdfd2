import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { annotationOn, storeRecords } from './annotation-fixtures';
import { captureDownloads, textOf } from './export-test-utils';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

// The notes list's filters as the whole app wires them (Reader.tsx + use-notes-scope.ts): the
// timeline's "Show notes for this event" narrows the list, and "Export → Current filter"
// exports exactly what the list shows. export.test.tsx tests the menu with scope ids handed in;
// here nothing is injected.

const LEDE = 'ستانيسلاف زاس';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const INJURED = 'وأصيب أكثر من 4.5 ألف';
const LIFTED = 'تم رفع حالة الطوارئ';
const DEATH_TOLL_EVENT = 'The death toll';

/** Two live highlights in the "death toll" passage, one trashed there too, two elsewhere. */
function records(): AnnotationRecord[] {
  return [
    annotationOn(TOLL, { color: 'pink', note: 'how many died', tags: ['numbers'] }),
    annotationOn(INJURED, { note: 'and the wounded', tags: ['numbers'] }),
    annotationOn(TOLL, {
      note: 'trashed, never listed',
      deleted: '2026-01-02T00:00:00.000Z',
      modified: '2026-01-02T00:00:00.000Z',
    }),
    annotationOn(LEDE, { color: 'green', note: 'who is he?', tags: ['people'] }),
    annotationOn(LIFTED, { color: 'blue', note: 'state of emergency ends' }),
  ];
}

async function appWith(list: AnnotationRecord[]) {
  const database = freshDatabaseName();
  await storeRecords(database, list);
  renderApp({ language: 'en', database });
  await untilSettled();
  const notes = screen.getByRole('complementary', { name: 'Notes' });
  await waitFor(() => expect(listedQuotes(notes)).toHaveLength(4));
  return notes;
}

/**
 * The quotes of the notes the list shows, in its order: each live card's quote is a button
 * named by it (a trashed card's quote is plain text).
 */
function listedQuotes(notes: HTMLElement): string[] {
  const quotes = [LEDE, TOLL, INJURED, LIFTED];
  return within(notes)
    .queryAllByRole('button')
    .map((b) => b.textContent ?? '')
    .filter((text) => quotes.includes(text));
}

async function showNotesOfEvent(user: UserEvent, title: string): Promise<void> {
  const timeline = screen.getByRole('complementary', { name: 'Timeline' });
  const show = await within(timeline).findByRole('button', {
    name: 'Show notes for this event',
    description: title,
  });
  await user.click(show);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('notes filtered by a timeline event', () => {
  it('lists only that event’s notes under a "Notes on: …" chip, and its button clears it', async () => {
    const user = userEvent.setup();
    const notes = await appWith(records());
    expect(within(notes).queryByText(/^Notes on:/)).not.toBeInTheDocument();

    await showNotesOfEvent(user, DEATH_TOLL_EVENT);
    expect(await within(notes).findByText(`Notes on: ${DEATH_TOLL_EVENT}`)).toBeVisible();
    // The trashed highlight on the same passage is not listed (it stays in the Trash).
    expect(listedQuotes(notes)).toEqual([TOLL, INJURED]);

    await user.click(within(notes).getByRole('button', { name: 'Show all' }));
    expect(within(notes).queryByText(/^Notes on:/)).not.toBeInTheDocument();
    expect(within(notes).queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
    expect(listedQuotes(notes)).toEqual([LEDE, LIFTED, TOLL, INJURED]);
  });

  it('ANDs the event with the list’s own filters', async () => {
    const user = userEvent.setup();
    const notes = await appWith(records());
    await showNotesOfEvent(user, DEATH_TOLL_EVENT);
    await within(notes).findByText(`Notes on: ${DEATH_TOLL_EVENT}`);
    await user.selectOptions(within(notes).getByLabelText('Filter by color'), 'yellow');
    expect(listedQuotes(notes)).toEqual([INJURED]);
    await user.selectOptions(within(notes).getByLabelText('Filter by color'), 'green');
    expect(listedQuotes(notes)).toEqual([]);
    expect(within(notes).getByText('No highlights match these filters.')).toBeVisible();
  });
});

/** Sets one of the list's filters as a reader would. */
type ApplyFilter = (user: UserEvent, notes: HTMLElement) => Promise<void>;

const scopeCases: [name: string, apply: ApplyFilter, quotes: string[]][] = [
  [
    'color',
    (user, notes) => user.selectOptions(within(notes).getByLabelText('Filter by color'), 'pink'),
    [TOLL],
  ],
  [
    'tag',
    (user, notes) => user.selectOptions(within(notes).getByLabelText('Filter by tag'), 'numbers'),
    [TOLL, INJURED],
  ],
  [
    'search (the Arabic way: ه for ة, harakat ignored)',
    (user, notes) => user.type(within(notes).getByLabelText('Search notes'), 'حالَه الطوارئ'),
    [LIFTED],
  ],
  ['timeline event', (user) => showNotesOfEvent(user, DEATH_TOLL_EVENT), [TOLL, INJURED]],
  [
    'timeline event and color',
    async (user, notes) => {
      await showNotesOfEvent(user, DEATH_TOLL_EVENT);
      await user.selectOptions(within(notes).getByLabelText('Filter by color'), 'yellow');
    },
    [INJURED],
  ],
];

interface ExportedItem {
  target: { selector: { type: string; exact?: string }[] };
}

describe('"Export → Current filter" follows the notes list’s filters', () => {
  it.each(scopeCases)('%s', async (_name, apply, expected) => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const notes = await appWith(records());
    await apply(user, notes);
    await waitFor(() => expect(listedQuotes(notes)).toEqual(expected));

    await user.click(await within(notes).findByRole('button', { name: 'Export' }));
    // The first press loads the tools' code; the menu opens once it is there.
    await user.click(await screen.findByRole('menuitemradio', { name: 'Current filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON-LD' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const json = JSON.parse(await textOf(downloads[0]!.blob)) as {
      total: number;
      first: { items: ExportedItem[] };
    };
    const exported = json.first.items.map(
      (item) => item.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact,
    );
    // The same annotations as the list shows, trashed ones never.
    expect(exported).toEqual(expected);
    expect(json.total).toBe(expected.length);
  });

  it('offers no "Current filter" while nothing is filtered, and exports every live note', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const notes = await appWith(records());
    await user.click(within(notes).getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('menuitem', { name: 'CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitemradio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const csv = await textOf(downloads[0]!.blob);
    for (const quote of [LEDE, TOLL, INJURED, LIFTED]) expect(csv).toContain(quote);
    expect(csv).not.toContain('trashed, never listed');
  });
});
