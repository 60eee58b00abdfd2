import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import { VIRTUALISE_FROM } from '../../src/notes/NotesList';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { openStore } from '../../src/storage/open-store';
import { seedArticle } from '../seed-article';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

const COUNT = 400;
const doc = seedArticle();
const words = [...doc.text.matchAll(/\S+/gu)].map((m) => ({
  start: m.index,
  end: m.index + m[0].length,
}));

/** `COUNT` highlights, one on each of the article's first words in reading order, noted "note i". */
function manyRecords(): AnnotationRecord[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const word = words[i % words.length]!;
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: crypto.randomUUID(),
      documentId: doc.meta.id,
      target: describeRange(word, doc.text),
      color: 'yellow',
      note: `note ${i + 1}`,
      tags: [],
      created: time,
      modified: time,
      deleted: null,
    };
  });
}

async function appWithMany() {
  const database = freshDatabaseName();
  const { store } = await openStore({ name: database });
  await store.applyImport({ put: manyRecords() });
  store.close();
  renderApp({ language: 'en', database });
  await untilSettled();
  const notes = screen.getByRole('complementary', { name: 'Notes' });
  await waitFor(() =>
    expect(within(notes).getByRole('heading', { level: 2 })).toHaveTextContent(`${COUNT}`),
  );
  // The panel's first list is the notes list (the filters and tools above it hold none); its
  // code loads with the first annotation, so it may come a moment after the count.
  const [list] = await within(notes).findAllByRole('list');
  if (!list) throw new Error('no notes list');
  return { notes, list };
}

/** Lays the list out as if the reader had scrolled `by` pixels into it, and tells it so. */
function scrollListBy(list: HTMLElement, by: number) {
  vi.spyOn(list, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: -by, width: 300, height: COUNT * 132 }),
  );
  fireEvent.scroll(document);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`a notes list over ${VIRTUALISE_FROM} cards`, () => {
  it('draws only the cards on screen, each saying its place in the whole list', async () => {
    const { list } = await appWithMany();
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    for (const item of items) expect(item).toHaveAttribute('aria-setsize', `${COUNT}`);
  });

  it('draws the last card once the list is scrolled to its end', async () => {
    const { list } = await appWithMany();
    expect(within(list).queryByText(`note ${COUNT}`)).not.toBeInTheDocument();
    scrollListBy(list, COUNT * 132);
    await waitFor(() => {
      const items = within(list).getAllByRole('listitem');
      expect(items.at(-1)).toHaveAttribute('aria-posinset', `${COUNT}`);
    });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
  });

  it('keeps the card holding focus, and focus in it, when the reader scrolls far away', async () => {
    const { list } = await appWithMany();
    const first = within(list).getAllByRole('listitem')[0]!;
    const link = within(first).getAllByRole('button')[0]!;
    link.focus();
    expect(link).toHaveFocus();
    scrollListBy(list, COUNT * 132);
    await waitFor(() => {
      const items = within(list).getAllByRole('listitem');
      expect(items.at(-1)).toHaveAttribute('aria-posinset', `${COUNT}`);
    });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toBe(first);
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(link).toHaveFocus();
    expect(items.length).toBeLessThan(40);
  });

  it('opens the editor of a highlight whose card is far out of view', async () => {
    const user = userEvent.setup();
    const { notes } = await appWithMany();
    const marks = screen.getAllByRole('mark');
    await user.click(marks.at(-1)!);
    expect(await within(notes).findByRole('textbox', { name: 'Note' })).toBeInTheDocument();
  });

  it('finds a card out of view with the notes search', async () => {
    const user = userEvent.setup();
    const { notes, list } = await appWithMany();
    await user.type(within(notes).getByRole('searchbox', { name: 'Search notes' }), 'note 399');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem')).toHaveTextContent('note 399');
  });
});
