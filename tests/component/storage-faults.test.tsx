import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StoreOpener } from '../../src/annotations/AnnotationStoreProvider';
import { createMemoryStore } from '../../src/storage/memory-backend';
import { StorageError } from '../../src/storage/storage-error';
import { freshDatabaseName, renderApp, storeOn } from './render-app';

// The export tools are a lazy chunk. The first test holds that chunk back to click the memory
// banner's "Export notes" before it arrives, as a quick reader on a slow device can; the gate
// opens during that test, and the module stays loaded for the rest of the file.
const notesToolsGate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../../src/app/NotesTools', async (importOriginal) => {
  await notesToolsGate.opened;
  return importOriginal();
});

const OUTDATED = 'Qari was updated in another tab. Reload this tab to keep saving your notes.';
const BLOCKED =
  'Qari is waiting for another tab to let go of your notes. Close or reload other Qari tabs.';
const MEMORY = /lost when this tab closes/;

/** The storage banner: the one alert that holds a storage message. */
async function findBanner(text: string | RegExp): Promise<HTMLElement> {
  const alerts = await screen.findAllByRole('alert', {}, { timeout: 3000 });
  const banner = alerts.find((a) =>
    typeof text === 'string' ? a.textContent?.includes(text) : text.test(a.textContent ?? ''),
  );
  if (!banner) throw new Error(`no alert says ${String(text)}`);
  return banner;
}

/** Opens a second connection (fake-indexeddb) at a newer native version, as a newer build would. */
function openNewer(name: string, nativeVersion: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

const inMemory: StoreOpener = () =>
  Promise.resolve({ store: createMemoryStore(), fallbackReason: 'unavailable' });

describe('storage banners', () => {
  // Must stay first in the file: see notesToolsGate.
  it('opens the Export menu from the memory banner even when clicked before the export tools load', async () => {
    const user = userEvent.setup();
    renderApp({ language: 'en', open: inMemory });
    const banner = await findBanner(MEMORY);
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Export notes' }));
    act(() => notesToolsGate.open());
    expect(await screen.findByRole('menu', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('asks for a reload when another tab opens a newer schema, and lets that tab in', async () => {
    const database = freshDatabaseName();
    renderApp({ language: 'en', database });
    await screen.findByText('No highlights yet');
    // Dexie's native version is the schema version × 10: schema 2 is native 20.
    const newer = await act(() => openNewer(database, 20));
    const banner = await findBanner(OUTDATED);
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The app let go of the database instead of blocking the newer tab.
    expect(newer.version).toBe(20);
    newer.close();
  });

  it('asks for a reload when the store reports a version change', async () => {
    const store = createMemoryStore();
    let fire = () => {};
    const outdating: StoreOpener = () =>
      Promise.resolve({
        store: {
          ...store,
          persistence: 'indexeddb' as const,
          onVersionChange: (listener) => {
            fire = listener;
            return () => {};
          },
        },
        fallbackReason: null,
      });
    renderApp({ language: 'en', open: outdating });
    await screen.findByText('No highlights yet');
    expect(screen.queryByText(OUTDATED)).not.toBeInTheDocument();
    act(() => fire());
    const banner = await findBanner(OUTDATED);
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows the outdated message, not an empty store, when the database on disk is newer', async () => {
    renderApp({
      language: 'en',
      open: () => Promise.reject(new StorageError('version-change', 'database v2 > code v1')),
    });
    const banner = await findBanner(OUTDATED);
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByText(MEMORY)).not.toBeInTheDocument();
  });

  it('says which tab holds the notes up while the open is blocked', async () => {
    renderApp({
      language: 'en',
      open: ({ onBlocked }) => {
        onBlocked();
        return new Promise(() => {});
      },
    });
    await screen.findByRole('article');
    expect(await findBanner(BLOCKED)).toBeInTheDocument();
  });

  it('shows the blocked message for a real open held up by an older connection, then clears it', async () => {
    const database = freshDatabaseName();
    // An older build's connection that does not close on versionchange.
    const older = await openNewer(database, 5);
    renderApp({ language: 'en', database, open: storeOn(database) });
    expect(await findBanner(BLOCKED)).toBeInTheDocument();
    act(() => older.close());
    await waitFor(() => expect(screen.queryByText(BLOCKED)).not.toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns that notes live in memory only, and its Export notes button opens the Export menu', async () => {
    const user = userEvent.setup();
    renderApp({ language: 'en', open: inMemory });
    const banner = await findBanner(MEMORY);
    await screen.findByRole('button', { name: 'Export' }, { timeout: 3000 });
    await user.click(within(banner).getByRole('button', { name: 'Export notes' }));
    expect(await screen.findByRole('menu', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'true');
  });
});
