import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAST_EXPORT_META } from '../../src/backup/backup-reminder';
import { isIsoTimestamp } from '../../src/storage/annotation-record';
import { exportFileName, type ExportFormat } from '../../src/export/export-filename';
import { NotesTools } from '../../src/app/NotesTools';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { annotationOn } from './annotation-fixtures';
import {
  captureDownloads,
  doc,
  renderWithStore,
  textOf,
  withStore,
  type Download,
} from './export-test-utils';

const LEDE = 'ستانيسلاف زاس';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const HEADING = 'فريق الاستجابة للأزمات';
const TRASHED_NOTE = 'this note is in the trash';

function sampleRecords(): AnnotationRecord[] {
  return [
    annotationOn(TOLL, { color: 'pink', note: 'عدد الضحايا', tags: ['أرقام'] }),
    annotationOn(LEDE, { note: 'who is he?', tags: ['people', 'CSTO'] }),
    annotationOn(HEADING, {
      note: TRASHED_NOTE,
      deleted: '2026-01-02T00:00:00.000Z',
      modified: '2026-01-02T00:00:00.000Z',
    }),
  ];
}

async function renderTools(
  records: AnnotationRecord[],
  scopeIds: ReadonlySet<string> | null = null,
  language: 'ar' | 'en' = 'en',
) {
  const view = await renderWithStore(
    (cached) => <NotesTools doc={doc} records={cached} scopeIds={scopeIds} />,
    { records, language },
  );
  // The cache has loaded once the import control is enabled (the store is open).
  const input = await screen.findByLabelText(language === 'en' ? 'Import notes' : 'استورد ملاحظات');
  await waitFor(() => expect(input).toBeEnabled());
  return view;
}

async function exportAs(name: string, downloads: Download[]): Promise<Download> {
  const user = userEvent.setup();
  const count = downloads.length;
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(screen.getByRole('menuitem', { name }));
  await waitFor(() => expect(downloads).toHaveLength(count + 1));
  return downloads[count]!;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const FORMATS: [string, ExportFormat, string][] = [
  ['JSON-LD', 'jsonld', 'application/ld+json;charset=utf-8'],
  ['Markdown', 'markdown', 'text/markdown;charset=utf-8'],
  ['CSV', 'csv', 'text/csv;charset=utf-8'],
  ['HTML', 'html', 'text/html;charset=utf-8'],
];

describe('Export menu', () => {
  it('is a menu button that lists the four formats and Print', async () => {
    const user = userEvent.setup();
    await renderTools(sampleRecords());
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(within(menu).getAllByRole('menuitem')).toHaveLength(5);
    for (const name of ['JSON-LD', 'Markdown', 'CSV', 'HTML', 'Print']) {
      expect(within(menu).getByRole('menuitem', { name })).toBeInTheDocument();
    }
    expect(within(menu).getByRole('menuitem', { name: 'JSON-LD' })).toHaveAccessibleDescription(
      'Full backup; can be imported again',
    );
    // No filter: no scope to choose.
    expect(within(menu).queryByRole('menuitemradio')).not.toBeInTheDocument();
  });

  it('moves with the arrow keys and closes with Escape, back on the button', async () => {
    const user = userEvent.setup();
    await renderTools(sampleRecords());
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'JSON-LD' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Markdown' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Print' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'JSON-LD' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it.each(FORMATS)(
    '%s downloads the right file with the right type',
    async (name, format, mime) => {
      const downloads = captureDownloads();
      await renderTools(sampleRecords());
      const file = await exportAs(name, downloads);
      expect(file.fileName).toBe(exportFileName(doc, format, new Date()));
      expect(file.blob.type).toBe(mime);
      const text = await textOf(file.blob);
      expect(text).toContain(LEDE);
      expect(text).toContain(TOLL);
      expect(text).not.toContain(TRASHED_NOTE);
      expect(await screen.findByText(`Saved ${file.fileName}`)).toBeInTheDocument();
    },
  );

  it('exports JSON-LD that lists each live annotation with its note, tags and color', async () => {
    const downloads = captureDownloads();
    const records = sampleRecords();
    await renderTools(records);
    const json = JSON.parse(await textOf((await exportAs('JSON-LD', downloads)).blob)) as {
      total: number;
      first: { items: { id: string; body?: { value: string }[]; 'qari:color': string }[] };
    };
    expect(json.total).toBe(2);
    const ids = json.first.items.map((i) => i.id);
    expect(ids).toEqual([`urn:uuid:${records[1]!.id}`, `urn:uuid:${records[0]!.id}`]);
    expect(json.first.items[1]!['qari:color']).toBe('pink');
    expect(json.first.items[0]!.body?.map((b) => b.value)).toEqual([
      'who is he?',
      'people',
      'CSTO',
    ]);
  });

  it('exports CSV as UTF-8 with a byte-order mark and the Readwise header', async () => {
    const downloads = captureDownloads();
    await renderTools(sampleRecords());
    const { blob } = await exportAs('CSV', downloads);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await textOf(blob);
    expect(text.slice(1).split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });

  it('exports only the current filter when asked, and everything by default', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const records = sampleRecords();
    const onlyToll = new Set([records[0]!.id]);
    await renderTools(records, onlyToll);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const all = screen.getByRole('menuitemradio', { name: 'All annotations' });
    const filter = screen.getByRole('menuitemradio', { name: 'Current filter' });
    expect(all).toHaveAttribute('aria-checked', 'true');
    expect(filter).toHaveAttribute('aria-checked', 'false');
    await user.click(filter);
    // Choosing the scope keeps the menu open.
    expect(filter).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const filtered = await textOf(downloads[0]!.blob);
    expect(filtered).toContain(TOLL);
    expect(filtered).not.toContain(LEDE);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'All annotations' }));
    await user.click(screen.getByRole('menuitem', { name: 'Markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const everything = await textOf(downloads[1]!.blob);
    expect(everything).toContain(TOLL);
    expect(everything).toContain(LEDE);
  });

  it('never exports trashed annotations, even when the filter names them', async () => {
    const downloads = captureDownloads();
    const records = sampleRecords();
    const trashedOnly = new Set([records[2]!.id]);
    const user = userEvent.setup();
    await renderTools(records, trashedOnly);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Current filter' }));
    const json = screen.getByRole('menuitem', { name: 'JSON-LD' });
    expect(json).toHaveAttribute('aria-disabled', 'true');
    expect(json).toHaveAccessibleDescription('No highlights to export yet.');
    await user.click(json);
    expect(downloads).toHaveLength(0);
  });

  it('calls the browser print dialog for Print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await renderTools(sampleRecords());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  // The reminder counts changes across the library: one document's export, filtered or not,
  // leaves the other documents' changes in no file, so it must not reset that count.
  it('leaves the library backup time alone when one document is exported, filtered or all', async () => {
    const downloads = captureDownloads();
    const records = sampleRecords();
    const user = userEvent.setup();
    const { database } = await renderTools(records, new Set([records[0]!.id]));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Current filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'All annotations' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON-LD' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(
      await withStore(database, (s) => s.getMeta(LAST_EXPORT_META, isIsoTimestamp)),
    ).toBeNull();
  });

  it('speaks Arabic in the Arabic UI', async () => {
    const user = userEvent.setup();
    await renderTools(sampleRecords(), new Set(), 'ar');
    await user.click(screen.getByRole('button', { name: 'تصدير' }));
    expect(screen.getByRole('menuitem', { name: 'اطبع' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'كل التظليلات' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'المرشّح الحالي' })).toBeInTheDocument();
    expect(screen.getByLabelText('استورد ملاحظات')).toHaveAttribute('type', 'file');
  });
});
