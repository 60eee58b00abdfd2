import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAST_EXPORT_META, REMINDER_DISMISSED_META } from '../../src/backup/backup-reminder';
import { LibraryBackupReminder } from '../../src/app/LibraryBackupReminder';
import { isIsoTimestamp } from '../../src/storage/annotation-record';
import { NotesTools } from '../../src/app/NotesTools';
import { PersistenceStatus } from '../../src/backup/PersistenceStatus';
import { PERSIST_REQUESTED_META } from '../../src/backup/storage-persistence';
import { annotationOn } from './annotation-fixtures';
import {
  captureDownloads,
  doc,
  freshDatabase,
  renderWithStore,
  textOf,
  withStore,
} from './export-test-utils';

const LEDE = 'ستانيسلاف زاس';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const DAY = 24 * 60 * 60 * 1000;
const REMINDER =
  'Some changes in your library are more than a week old and are in no backup. Back up the library to keep them safe.';

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Pretends the page has `navigator.storage`; the returned spies say what was asked. */
function fakeStorage(persisted: boolean) {
  const api = {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(true)),
  };
  Object.defineProperty(navigator, 'storage', { value: api, configurable: true });
  return api;
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('BackupReminder', () => {
  const renderReminder = (options: Parameters<typeof renderWithStore>[1]) =>
    renderWithStore(
      (records) => (
        <>
          <LibraryBackupReminder doc={doc} records={records} />
          <p>{`${records.length} in the cache`}</p>
        </>
      ),
      options,
    );

  it('offers a library backup of changes more than a week old, as a status', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const old = annotationOn(LEDE, { created: daysAgo(9), modified: daysAgo(8), note: 'old' });
    const { database } = await renderReminder({ records: [old] });
    await screen.findByText(REMINDER);
    const saying = (role: 'status' | 'alert') =>
      screen.queryAllByRole(role).filter((region) => within(region).queryByText(REMINDER));
    expect(saying('status')).toHaveLength(1);
    expect(saying('alert')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Back up library' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(/^qari-library-.*\.json$/);
    const json = JSON.parse(await textOf(downloads[0]!.blob)) as {
      format: string;
      annotations: unknown[];
    };
    expect(json.format).toBe('qari-library-backup');
    expect(json.annotations).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText(REMINDER)).not.toBeInTheDocument());
    expect(
      await withStore(database, (s) => s.getMeta(LAST_EXPORT_META, isIsoTimestamp)),
    ).not.toBeNull();
  });

  it('counts changes across the library: an old note in another document reminds here', async () => {
    const database = freshDatabase();
    const elsewhere = {
      ...annotationOn(LEDE, { created: daysAgo(12), modified: daysAgo(12) }),
      documentId: 'another-document',
    };
    await withStore(database, (s) => s.saveAnnotation(elsewhere));
    await renderReminder({ records: [], database });
    expect(await screen.findByText(REMINDER)).toBeInTheDocument();
  });

  it('stays quiet about recent changes and about changes already exported', async () => {
    const recent = annotationOn(LEDE, { created: daysAgo(3), modified: daysAgo(3) });
    const database = freshDatabase();
    await withStore(database, (s) => s.setMeta(LAST_EXPORT_META, daysAgo(5)));
    const exported = annotationOn(TOLL, { created: daysAgo(20), modified: daysAgo(20) });
    await renderReminder({ records: [recent, exported], database });
    await screen.findByText('2 in the cache');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(REMINDER)).not.toBeInTheDocument();
  });

  it('hides when dismissed, until the next change', async () => {
    const user = userEvent.setup();
    const old = annotationOn(LEDE, { created: daysAgo(10), modified: daysAgo(10) });
    const { database, waitForCache } = await renderReminder({ records: [old] });
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByText(REMINDER)).not.toBeInTheDocument());
    expect(
      await withStore(database, (s) => s.getMeta(REMINDER_DISMISSED_META, isIsoTimestamp)),
    ).not.toBeNull();

    await new Promise((r) => setTimeout(r, 5));
    const now = new Date().toISOString();
    await withStore(database, (s) =>
      s.saveAnnotation(annotationOn(TOLL, { created: now, modified: now })),
    );
    await waitForCache((cached) => cached?.length === 2);
    expect(await screen.findByText(REMINDER)).toBeInTheDocument();
  });
});

describe('Storage persistence', () => {
  it('asks the browser to keep the notes once, after the first annotation exists', async () => {
    const storage = fakeStorage(false);
    const database = freshDatabase();
    const tools = (records: Parameters<typeof NotesTools>[0]['records']) => (
      <NotesTools doc={doc} records={records} scopeIds={null} />
    );
    const view = await renderWithStore(tools, { database });
    await screen.findByRole('button', { name: 'Export' });
    await new Promise((r) => setTimeout(r, 50));
    expect(storage.persist).not.toHaveBeenCalled();

    await withStore(database, (s) => s.saveAnnotation(annotationOn(LEDE)));
    await view.waitForCache((cached) => cached?.length === 1);
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await withStore(database, (s) => s.saveAnnotation(annotationOn(TOLL)));
    await view.waitForCache((cached) => cached?.length === 2);
    view.unmount();

    // A later visit (same database) does not ask again.
    await renderWithStore(tools, { database });
    await screen.findByRole('button', { name: 'Export' });
    await new Promise((r) => setTimeout(r, 50));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(
      await withStore(database, (s) =>
        s.getMeta(PERSIST_REQUESTED_META, (v): v is true => v === true),
      ),
    ).toBe(true);
  });

  it.each([
    [true, 'Storage: kept by the browser', /stay on this device until you delete them/],
    [false, 'Storage: may be cleared by the browser', /may delete your notes/],
  ])('persisted=%s → "%s", with advice to export', async (persisted, line, advice) => {
    fakeStorage(persisted);
    await renderWithStore(() => <PersistenceStatus />);
    expect(await screen.findByText(line)).toBeInTheDocument();
    expect(screen.getByText(advice)).toBeInTheDocument();
    expect(await screen.findByText('The library has never been backed up.')).toBeInTheDocument();
  });

  it('says "may be cleared" where the browser has no StorageManager, and shows the last export', async () => {
    const database = freshDatabase();
    await withStore(database, (s) => s.setMeta(LAST_EXPORT_META, '2026-02-03T10:00:00.000Z'));
    await renderWithStore(() => <PersistenceStatus />, { database });
    expect(await screen.findByText('Storage: may be cleared by the browser')).toBeInTheDocument();
    expect(await screen.findByText('Last library backup: 3 Feb 2026')).toBeInTheDocument();
  });

  it('speaks Arabic in the Arabic UI', async () => {
    fakeStorage(true);
    await renderWithStore(() => <PersistenceStatus />, { language: 'ar' });
    expect(await screen.findByText('التخزين: يحتفظ به المتصفح')).toBeInTheDocument();
  });
});
