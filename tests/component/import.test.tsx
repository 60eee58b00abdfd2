import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildJsonLd } from '../../src/export/export-jsonld';
import { QARI_DOCUMENT } from '../../src/export/jsonld-vocabulary';
import { MAX_IMPORT_BYTES } from '../../src/import/import-types';
import { NotesTools } from '../../src/app/NotesTools';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { StorageError } from '../../src/storage/storage-error';
import { annotationOn } from './annotation-fixtures';
import {
  captureDownloads,
  dialogCounts,
  doc,
  findAlert,
  renderWithStore,
  storedIn,
  withStore,
} from './export-test-utils';

const LEDE = 'ستانيسلاف زاس';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const HEADING = 'فريق الاستجابة للأزمات';
const LATER = '2026-03-01T00:00:00.000Z';

type Collection = { total: number; first: { items: Record<string, unknown>[] } } & Record<
  string,
  unknown
>;

/** Our JSON-LD export of `records`, as an object to tamper with. */
function exported(records: AnnotationRecord[]): Collection {
  return JSON.parse(buildJsonLd(records, doc, { now: new Date(LATER) })) as Collection;
}

function withItems(collection: Collection, items: Record<string, unknown>[]): Collection {
  return { ...collection, total: items.length, first: { ...collection.first, items } };
}

function jsonFile(value: unknown, name = 'notes.json'): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });
}

async function renderTools(options: Parameters<typeof renderWithStore>[1] = {}) {
  const language = options.language ?? 'en';
  const view = await renderWithStore(
    (cached) => <NotesTools doc={doc} records={cached} scopeIds={null} />,
    options,
  );
  const input = await screen.findByLabelText(language === 'en' ? 'Import notes' : 'استورد ملاحظات');
  await waitFor(() => expect(input).toBeEnabled());
  return { ...view, input };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Import preview', () => {
  const stored = () => {
    const lede = annotationOn(LEDE, { note: 'old note' });
    const heading = annotationOn(HEADING, { color: 'blue' });
    return { lede, heading };
  };

  /** A file with one new, one updated, one unchanged, and two items that cannot be read. */
  function mixedFile(lede: AnnotationRecord, heading: AnnotationRecord) {
    const toll = annotationOn(TOLL, { color: 'green', note: 'new one' });
    const ledeEdited = { ...lede, note: 'edited note', modified: LATER };
    const collection = exported([toll, ledeEdited, heading]);
    const [first, second, third] = collection.first.items;
    const items = [first!, second!, third!];
    const byId = (id: string) => items.find((i) => i.id === `urn:uuid:${id}`)!;
    const notInArticle = {
      ...byId(toll.id),
      id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      target: {
        source: doc.meta.source,
        selector: [{ type: 'TextQuoteSelector', exact: 'This sentence is nowhere in the article' }],
      },
    };
    // Selectors, but none we can anchor by (with none at all, it would be a page note).
    const noTarget = {
      ...byId(toll.id),
      id: 'urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7',
      target: { source: doc.meta.source, selector: [{ type: 'CssSelector', value: 'p' }] },
    };
    const ordered = [byId(toll.id), byId(lede.id), byId(heading.id), notInArticle, noTarget];
    return { toll, ledeEdited, file: jsonFile(withItems(collection, ordered)) };
  }

  it('counts new, updated, unchanged and left-out annotations, with the reason for each', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input } = await renderTools({ records: [lede, heading] });
    await user.upload(input, mixedFile(lede, heading).file);

    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialogCounts(dialog)).toEqual({
      New: '1',
      Updated: '1',
      Unchanged: '1',
      'Left out': '2',
    });
    expect(within(dialog).getByText('Item 4: quote not found in this article')).toBeInTheDocument();
    expect(within(dialog).getByText('Item 5: missing target')).toBeInTheDocument();
    expect(
      within(dialog).getByText('From notes.json. Nothing is saved until you apply.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('edited note')).toBeInTheDocument();
    expect(within(dialog).getByText('new one')).toBeInTheDocument();
  });

  it('counts a note on the whole page apart and lists it as such (issue 15)', async () => {
    const user = userEvent.setup();
    const { input } = await renderTools({ records: [] });
    const pageNote = { ...annotationOn(TOLL), target: null, note: 'on the whole article' };
    await user.upload(input, jsonFile(exported([annotationOn(LEDE), pageNote])));
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialogCounts(dialog)).toEqual({
      New: '2',
      Updated: '0',
      Unchanged: '0',
      'Left out': '0',
      'Page notes': '1',
    });
    expect(within(dialog).getByText('Note on the whole page')).toBeInTheDocument();
    expect(within(dialog).getByText('on the whole article')).toBeInTheDocument();
  });

  it('writes new and updated ones when applied, and says how many', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input, database } = await renderTools({ records: [lede, heading] });
    const { toll, ledeEdited, file } = mixedFile(lede, heading);
    await user.upload(input, file);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('Imported 2 highlights')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const byId = Object.fromEntries((await storedIn(database)).map((r) => [r.id, r]));
    expect(Object.keys(byId)).toHaveLength(3);
    expect(byId[toll.id]).toMatchObject({ note: 'new one', color: 'green', deleted: null });
    expect(byId[lede.id]).toEqual(ledeEdited);
    expect(byId[heading.id]).toEqual(heading);
  });

  it('writes nothing when cancelled, with the button or with Escape, and gives focus back', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input, database } = await renderTools({ records: [lede, heading] });
    const before = await storedIn(database);

    await user.upload(input, mixedFile(lede, heading).file);
    let dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.upload(input, mixedFile(lede, heading).file);
    dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(await storedIn(database)).toEqual(before);
  });

  it('keeps focus inside the dialog while it is open', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input, container } = await renderTools({ records: [lede, heading] });
    await user.upload(input, mixedFile(lede, heading).file);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialog).toHaveFocus();
    const apply = within(dialog).getByRole('button', { name: 'Apply' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await user.tab();
    expect(apply).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(apply).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    // The page behind is inert while the dialog is open, and only then.
    expect(container).toHaveAttribute('inert');
    await user.keyboard('{Escape}');
    expect(container).not.toHaveAttribute('inert');
  });

  it('shows markup in imported notes as text, and stores it as written', async () => {
    const user = userEvent.setup();
    const payload = '<img src=x onerror=alert(1)>';
    const { input, database } = await renderTools();
    const record = annotationOn(LEDE, { note: payload, tags: ['<b>bold</b>'] });
    await user.upload(input, jsonFile(exported([record])));
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(within(dialog).getByText(payload)).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Imported 1 highlight');
    const [back] = await storedIn(database);
    expect(back).toMatchObject({ note: payload, tags: ['<b>bold</b>'] });
  });

  it('leaves out a repeated id and keeps the first', async () => {
    const user = userEvent.setup();
    const { input, database } = await renderTools();
    const record = annotationOn(LEDE, { note: 'first' });
    const collection = exported([record]);
    const item = collection.first.items[0]!;
    const file = jsonFile(withItems(collection, [item, { ...item, bodyValue: 'second' }]));
    await user.upload(input, file);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialogCounts(dialog)).toMatchObject({ New: '1', 'Left out': '1' });
    expect(within(dialog).getByText('Item 2: same id as an earlier item')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Imported 1 highlight');
    expect((await storedIn(database)).map((r) => r.note)).toEqual(['first']);
  });

  it('refuses every annotation of another article, with nothing to apply', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input, database } = await renderTools({ records: [lede] });
    const before = await storedIn(database);
    const file = jsonFile({ ...exported([lede, heading]), [QARI_DOCUMENT]: 'another-article' });
    await user.upload(input, file);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialogCounts(dialog)).toEqual({
      New: '0',
      Updated: '0',
      Unchanged: '0',
      'Left out': '2',
    });
    expect(within(dialog).getByText('Item 1: from another article')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Nothing to import: everything in this file is already here or was left out.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await storedIn(database)).toEqual(before);
  });

  it('shows a failed write in the dialog and changes nothing', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const applyImport = vi.fn(() => Promise.reject(new StorageError('quota-exceeded', 'test')));
    const { input, database } = await renderTools({
      records: [lede, heading],
      wrapStore: (store) => ({ ...store, applyImport }),
    });
    const before = await storedIn(database);
    await user.upload(input, mixedFile(lede, heading).file);
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      "Your browser's storage is full, so nothing was imported. Free some space, then try again.",
    );
    expect(applyImport).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeEnabled();
    expect(await storedIn(database)).toEqual(before);
  });

  it('translates the preview in the Arabic UI', async () => {
    const user = userEvent.setup();
    const { lede, heading } = stored();
    const { input } = await renderTools({ records: [lede, heading], language: 'ar' });
    await user.upload(input, mixedFile(lede, heading).file);
    const dialog = await screen.findByRole('dialog', { name: 'استيراد الملاحظات' });
    expect(dialogCounts(dialog)).toEqual({
      جديدة: '1',
      محدَّثة: '1',
      'بلا تغيير': '1',
      مستبعَدة: '2',
    });
    expect(
      within(dialog).getByText('العنصر 4: الاقتباس غير موجود في هذا المقال'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'طبّق' })).toBeInTheDocument();
  });
});

describe('Import of a Readwise export of this article (issue 15)', () => {
  const csv = readFileSync('tests/fixtures/import/readwise-export.csv', 'utf8');
  const file = () => new File([csv], 'readwise-export.csv', { type: 'text/csv' });

  it.each([
    [
      'en',
      'Import notes',
      { New: '5', Updated: '0', Unchanged: '0', 'Left out': '1' },
      'Imported under another title',
      'Item 4 names “الأمين العام لمنظمة الأمن الجماعي يتحدث عن أحداث كازاخستان”; its quote is in this article',
      'Item 6: from another article',
    ],
    [
      'ar',
      'استيراد الملاحظات',
      { جديدة: '5', محدَّثة: '0', 'بلا تغيير': '0', مستبعَدة: '1' },
      'مستورد تحت عنوان آخر',
      'العنصر 4 يحمل عنوان «الأمين العام لمنظمة الأمن الجماعي يتحدث عن أحداث كازاخستان»، واقتباسه موجود في هذا المقال',
      'العنصر 6: من مقال آخر',
    ],
  ] as const)(
    'in %s: imports the rows whose quotes are here and says which names the article otherwise',
    async (language, dialogName, counts, noticeTitle, notice, rejected) => {
      const user = userEvent.setup();
      const { input } = await renderTools({ language });
      await user.upload(input, file());
      const dialog = await screen.findByRole('dialog', { name: dialogName });
      expect(dialogCounts(dialog)).toEqual(counts);
      expect(within(dialog).getByRole('heading', { name: noticeTitle })).toBeInTheDocument();
      expect(within(dialog).getByText(notice)).toBeInTheDocument();
      expect(within(dialog).getByText(rejected)).toBeInTheDocument();
    },
  );
});

describe('Import of bad files', () => {
  const oversized = () => {
    const file = jsonFile('{}', 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    return file;
  };

  const cases: [string, () => File, string][] = [
    [
      'not JSON',
      () => jsonFile('{"items": [', 'broken.json'),
      'This file is not valid JSON, so nothing was imported.',
    ],
    [
      'JSON of the wrong shape',
      () => jsonFile({ hello: 'world' }),
      'This file does not hold annotations Qari can read (JSON-LD, W3C annotations, Hypothesis JSON or Readwise CSV). Nothing was imported.',
    ],
    [
      'an empty file',
      () => jsonFile('', 'empty.json'),
      'This file has no annotations in it. Nothing was imported.',
    ],
    [
      'an empty collection',
      () => jsonFile(exported([])),
      'This file has no annotations in it. Nothing was imported.',
    ],
    [
      'a file over 20 MB',
      oversized,
      'This file is larger than 20 MB, so it was not read. Nothing was imported.',
    ],
    [
      'a file of another kind',
      () => new File(['# My notes'], 'notes.md', { type: 'text/markdown' }),
      'Qari imports .json, .jsonld and .csv files only. Nothing was imported.',
    ],
  ];

  it.each(cases)(
    '%s: says so in an alert and changes nothing',
    async (_name, makeFile, message) => {
      const user = userEvent.setup({ applyAccept: false });
      const { input, database } = await renderTools({
        records: [annotationOn(LEDE, { note: 'kept' })],
      });
      const before = await storedIn(database);
      const file = makeFile();
      const read = vi.spyOn(file, 'text');
      await user.upload(input, file);
      await findAlert(message);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      if (file.size > MAX_IMPORT_BYTES) expect(read).not.toHaveBeenCalled();
      expect(await storedIn(database)).toEqual(before);
    },
  );
});

describe('Round trip', () => {
  it('export JSON-LD, clear everything, import it: the same annotations come back', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const records = [
      annotationOn(TOLL, {
        color: 'pink',
        note: 'عدد الضحايا\nسطر ثانٍ',
        tags: ['أرقام', 'victims'],
      }),
      annotationOn(LEDE, { color: 'purple', note: 'who is he?', tags: ['people'] }),
      annotationOn(HEADING, { color: 'green', modified: '2026-02-02T10:00:00.000Z' }),
    ];
    const { input, database, waitForCache } = await renderTools({ records });
    const original = await storedIn(database);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON-LD' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const { blob, fileName } = downloads[0]!;

    await withStore(database, async (store) => {
      for (const r of original) {
        await store.deleteAnnotation(r.id);
        await store.purgeAnnotation(r.id);
      }
    });
    expect(await storedIn(database)).toEqual([]);
    await waitForCache((cached) => cached?.length === 0);

    await user.upload(input, new File([blob], fileName, { type: blob.type }));
    const dialog = await screen.findByRole('dialog', { name: 'Import notes' });
    expect(dialogCounts(dialog)).toEqual({
      New: '3',
      Updated: '0',
      Unchanged: '0',
      'Left out': '0',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Imported 3 highlights');
    expect(await storedIn(database)).toEqual(original);
    await waitForCache((cached) => cached?.length === 3);
  });
});
