import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../src/storage/memory-backend';
import { annotationOn, storeRecords } from './annotation-fixtures';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

const LEDE_QUOTE = 'ستانيسلاف زاس';
const TOLL_QUOTE = 'توفي على إثر هذه الأحداث 225 شخصاً';

/**
 * Counts reads of many annotations at once (getAll or a cursor, on the table or an index), as
 * IndexedDB itself sees them: whichever layer asks, each is a trip through the whole list.
 */
function countListReads(): () => number {
  let reads = 0;
  const onAnnotations = (store: IDBObjectStore) => store.name === 'annotations';
  for (const [proto, storeOf] of [
    [IDBObjectStore.prototype, (target: IDBObjectStore) => target],
    [IDBIndex.prototype, (target: IDBIndex) => target.objectStore],
  ] as const) {
    for (const method of ['getAll', 'openCursor'] as const) {
      const original = proto[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(proto, method).mockImplementation(function (this: never, ...args: unknown[]) {
        if (onAnnotations((storeOf as (t: never) => IDBObjectStore)(this))) reads += 1;
        return original.apply(this, args);
      });
    }
  }
  return () => reads;
}

/** Long enough for any read still to come (a feed's re-run, a refetch) to have happened. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

let reads: () => number;

beforeEach(() => {
  reads = countListReads();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reads of the store', () => {
  it('reads the annotations once at start-up, for the highlights, the list and the count', async () => {
    const database = freshDatabaseName();
    await storeRecords(database, [
      annotationOn(LEDE_QUOTE, { note: 'who is he?' }),
      annotationOn(TOLL_QUOTE),
    ]);
    const before = reads();
    renderApp({ language: 'en', database });
    await untilSettled();
    await waitFor(() => expect(screen.getAllByRole('mark')).toHaveLength(2));
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    expect(within(notes).getByRole('heading', { level: 2 })).toHaveTextContent('2 highlights');
    // The list's code loads with the first annotation: it may come a moment after the count.
    expect(await within(notes).findAllByRole('listitem')).toHaveLength(2);
    await quiet();
    expect(reads() - before).toBe(1);
  });

  it('reads the list back once after its own write, not once per part of the screen', async () => {
    const user = userEvent.setup();
    const database = freshDatabaseName();
    await storeRecords(database, [annotationOn(TOLL_QUOTE)]);
    renderApp({ language: 'en', database });
    await untilSettled();
    await user.click(await screen.findByRole('mark'));
    await quiet();
    const before = reads();
    await user.click(await screen.findByRole('button', { name: 'Delete highlight' }));
    await waitFor(() => expect(screen.queryByRole('mark')).not.toBeInTheDocument());
    await quiet();
    expect(reads() - before).toBeLessThanOrEqual(1);
    // What the feed read back is what the screen shows: the highlight is in the trash.
    expect(screen.getByRole('region', { name: 'Trash' })).toHaveTextContent('1');
  });

  it('keeps a change still on its way to storage when another tab’s write arrives meanwhile', async () => {
    const user = userEvent.setup();
    const memory = createMemoryStore();
    const toll = annotationOn(TOLL_QUOTE);
    await memory.saveAnnotation(toll);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // This tab's saves wait until released; the other tab's write goes straight in.
    const slow = {
      ...memory,
      persistence: 'indexeddb' as const,
      saveAnnotation: async (record: Parameters<typeof memory.saveAnnotation>[0]) => {
        await held;
        return memory.saveAnnotation(record);
      },
    };
    renderApp({
      language: 'en',
      open: () => Promise.resolve({ store: slow, fallbackReason: null }),
    });
    await untilSettled();
    await user.click(await screen.findByRole('mark'));
    await user.click(await screen.findByRole('radio', { name: 'Green' }));
    await waitFor(() => expect(screen.getByRole('mark')).toHaveAttribute('data-color', 'green'));

    await memory.saveAnnotation(annotationOn(LEDE_QUOTE));
    await waitFor(() => expect(screen.getAllByRole('mark')).toHaveLength(2));
    const tollMark = () => screen.getAllByRole('mark').find((m) => m.textContent === TOLL_QUOTE);
    expect(tollMark()).toHaveAttribute('data-color', 'green');

    release();
    await quiet();
    expect(tollMark()).toHaveAttribute('data-color', 'green');
    expect((await memory.getAnnotation(toll.id))?.color).toBe('green');
  });
});
