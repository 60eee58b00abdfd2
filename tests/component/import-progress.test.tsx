import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesTools } from '../../src/app/NotesTools';
import type { AnnotationStore, ImportControl } from '../../src/storage/annotation-store';
import { StorageError } from '../../src/storage/storage-error';
import { bigW3cFile } from '../big-import-file';
import { annotationOn } from './annotation-fixtures';
import { doc, findAlert, renderWithStore, storedIn } from './export-test-utils';

// jsdom has no Worker: these run the import's other path, in slices on the page, with the same
// progress, cancel and refusals as the worker path (which the Chromium journeys cover).

const KEPT = annotationOn('ستانيسلاف زاس', { note: 'already here' });

function w3cFile(count: number, name = 'big.json'): File {
  return new File([bigW3cFile(doc, count)], name, { type: 'application/json' });
}

async function renderTools(
  options: Parameters<typeof renderWithStore>[1] = {},
): Promise<Awaited<ReturnType<typeof renderWithStore>> & { input: HTMLElement }> {
  const language = options.language ?? 'en';
  const view = await renderWithStore(
    (cached) => <NotesTools doc={doc} records={cached} scopeIds={null} />,
    { records: [KEPT], ...options },
  );
  const input = await screen.findByLabelText(language === 'en' ? 'Import notes' : 'استورد ملاحظات');
  await waitFor(() => expect(input).toBeEnabled());
  return { ...view, input };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Import progress', () => {
  it('shows what it is doing and how far while it checks a file, then the preview', async () => {
    const user = userEvent.setup();
    await renderTools();
    await user.upload(screen.getByLabelText('Import notes'), w3cFile(600));
    const bar = await screen.findByRole('progressbar', { name: 'Importing big.json' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow'));
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '600');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^Checking [\d,]+ of 600$/);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(within(dialog).getByText('600', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('speaks through a polite live region, in Arabic too', async () => {
    const user = userEvent.setup();
    await renderTools({ language: 'ar' });
    await user.upload(screen.getByLabelText('استورد ملاحظات'), w3cFile(3000));
    // The bar and its live region are looked up afresh in one check: once checking ends they
    // leave for the preview, and a kept reference would still show its last value text.
    await waitFor(() => {
      const bar = screen.getByRole('progressbar', { name: 'استيراد big.json' });
      expect(bar.getAttribute('aria-valuetext')).toMatch(/^جارٍ فحص .+ من .+$/);
      const spoken = screen.getAllByRole('status').map((region) => region.textContent ?? '');
      expect(spoken.join(' | ')).toMatch(/(^| \| )جارٍ (قراءة|فحص)/);
    });
    await screen.findByRole('dialog');
  });

  it('stops checking when cancelled, says so, and writes nothing', async () => {
    const user = userEvent.setup();
    const { database } = await renderTools();
    const before = await storedIn(database);
    await user.upload(screen.getByLabelText('Import notes'), w3cFile(3000));
    const bar = await screen.findByRole('progressbar', { name: 'Importing big.json' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await storedIn(database)).toEqual(before);
  });

  it('refuses a second file while one is being read, and goes on with the first', async () => {
    const user = userEvent.setup();
    await renderTools();
    const input = screen.getByLabelText('Import notes');
    await user.upload(input, w3cFile(2000));
    await screen.findByRole('progressbar', { name: 'Importing big.json' });
    await user.upload(input, w3cFile(3, 'small.json'));
    await findAlert(
      'An import is already running. Wait for it to finish, or cancel it, then choose the file again.',
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(
      within(dialog).getByText('From big.json. Nothing is saved until you apply.'),
    ).toBeVisible();
  });

  it('shows saving progress with Cancel, and a cancelled save closes with nothing written', async () => {
    const user = userEvent.setup();
    let control: ImportControl = {};
    const applyImport = vi.fn<AnnotationStore['applyImport']>(
      (_plan, given = {}) =>
        new Promise((_resolve, reject) => {
          control = given;
          given.onProgress?.({ done: 500, total: 1000 });
          given.signal?.addEventListener('abort', () =>
            reject(new StorageError('unknown', 'import cancelled')),
          );
        }),
    );
    const { database } = await renderTools({
      wrapStore: (store) => ({ ...store, applyImport }),
    });
    const before = await storedIn(database);
    await user.upload(screen.getByLabelText('Import notes'), w3cFile(1000));
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const bar = await within(dialog).findByRole('progressbar', { name: 'Importing big.json' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Saving 500 of 1,000');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    // Focus moves to Cancel: the Apply button it was on is gone.
    expect(cancel).toHaveFocus();
    await user.click(cancel);
    expect(control.signal?.aborted).toBe(true);
    expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await storedIn(database)).toEqual(before);
  });

  it('refuses a file that would not fit the free storage before writing anything', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { estimate: () => Promise.resolve({ quota: 2_000_000, usage: 1_900_000 }) },
    });
    const applyImport = vi.fn<AnnotationStore['applyImport']>();
    const { database } = await renderTools({
      wrapStore: (store) => ({ ...store, applyImport }),
    });
    const before = await storedIn(database);
    await user.upload(screen.getByLabelText('Import notes'), w3cFile(1000));
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(
      /^This import needs about [\d.]+ MB, but the browser leaves only 0\.1 MB for Qari\. Nothing was imported/,
    );
    expect(applyImport).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeEnabled();
    expect(await storedIn(database)).toEqual(before);
  });
});
