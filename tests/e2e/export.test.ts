import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import { parseCsv } from '../../src/import/csv-parse';
import type {
  AnnotationRecord,
  HighlightColor,
  PassageRecord,
} from '../../src/storage/annotation-record';
import { seedArticle } from '../seed-article';
import { axeViolations, sharedBrowser, newContext, openApp, screenshot, appReady } from './browser';
import { clearAnnotations, putAnnotations, storeOpen, storedAnnotations } from './app-database';

// Run after the lead mounts <NotesTools> in the notes sidebar: `npx vite build` then
// `npx vitest run --project e2e tests/e2e/export.test.ts`.

const browser = sharedBrowser();

const doc = seedArticle();
const LEDE = 'ستانيسلاف زاس';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const HEADING = 'فريق الاستجابة للأزمات';

function record(
  id: string,
  quote: string,
  color: HighlightColor,
  note: string,
  tags: string[],
  minute: number,
): PassageRecord {
  const start = doc.text.indexOf(quote);
  const time = new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();
  return {
    id,
    documentId: doc.meta.id,
    target: describeRange({ start, end: start + quote.length }, doc.text),
    color,
    note,
    tags,
    created: time,
    modified: time,
    deleted: null,
  };
}

const RECORDS: PassageRecord[] = [
  record('3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b', TOLL, 'pink', 'عدد الضحايا', ['أرقام'], 1),
  record(
    '7d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a',
    LEDE,
    'green',
    'who is he? "quoted", comma',
    ['people', 'CSTO'],
    2,
  ),
  record('a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d', HEADING, 'blue', '', [], 3),
];
const TRASHED = {
  ...record(
    'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    'تضم حاليا 6 دول',
    'yellow',
    'in the trash',
    [],
    4,
  ),
  deleted: '2026-01-06T00:00:00.000Z',
  modified: '2026-01-06T00:00:00.000Z',
};

/** Writes records straight into the app's IndexedDB (once the app has created it), then reloads. */
async function seed(page: Page, records: AnnotationRecord[]): Promise<void> {
  await storeOpen(page);
  await putAnnotations(page, records);
  await page.reload();
  await appReady(page);
}

const stored = storedAnnotations;

const marks = (page: Page) => page.locator('#article mark.highlight');

async function openedApp(records: AnnotationRecord[] = [...RECORDS, TRASHED]) {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openApp(page, '?lang=en');
  await seed(page, records);
  await expect
    .poll(() => marks(page).count())
    .toBeGreaterThanOrEqual(records.filter((r) => !r.deleted).length);
  return { context, page };
}

/** Exports through the menu and returns the downloaded file. */
async function exportAs(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name }).click(),
  ]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('export and import in Chromium', () => {
  it('exports JSON-LD, Markdown, CSV and HTML files that hold the live annotations', async () => {
    const { context, page } = await openedApp();

    const json = await exportAs(page, 'JSON-LD');
    expect(json.fileName).toMatch(/-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const collection = JSON.parse(json.bytes.toString('utf8')) as {
      type: string;
      total: number;
      first: { items: { id: string; 'qari:color': string }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((i) => i.id).sort()).toEqual(
      RECORDS.map((r) => `urn:uuid:${r.id}`).sort(),
    );

    const csv = await exportAs(page, 'CSV');
    expect(csv.fileName).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(header).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(rows.map((r) => r[0]).sort()).toEqual([LEDE, TOLL, HEADING].sort());
    const lede = rows.find((r) => r[0] === LEDE);
    expect(lede?.[4]).toBe('.people .CSTO\nwho is he? "quoted", comma');
    expect(lede?.[5]).toBe(String(RECORDS[1]!.target.position?.start));

    const markdown = (await exportAs(page, 'Markdown')).bytes.toString('utf8');
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
    expect(frontMatter).toMatch(/^title: /m);
    const quotes = (body ?? '').split('\n').filter((line) => line.startsWith('> '));
    // In reading order.
    expect(quotes.map((q) => q.slice(2))).toEqual([LEDE, HEADING, TOLL]);
    expect(markdown).not.toContain('in the trash');

    const html = (await exportAs(page, 'HTML')).bytes.toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('dir="rtl"');
    expect(html).not.toContain('in the trash');
    await context.close();
  });

  it('refuses a malformed file with a clear message and changes nothing', async () => {
    const { context, page } = await openedApp();
    const before = await stored(page);
    await page.getByLabel('Import notes').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "AnnotationCollection", "first": '),
    });
    await page
      .getByRole('alert')
      .getByText('This file is not valid JSON, so nothing was imported.')
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await stored(page)).toEqual(before);
    await context.close();
  });

  it('brings everything back from a JSON-LD export after the notes are cleared', async () => {
    const { context, page } = await openedApp(RECORDS);
    const before = await stored(page);
    const backup = await exportAs(page, 'JSON-LD');

    await clearAnnotations(page);
    await page.reload();
    await appReady(page);
    // The store has opened (and found nothing) before the file is given to the import.
    await storeOpen(page);
    expect(await marks(page).count()).toBe(0);

    await page.getByLabel('Import notes').setInputFiles({
      name: backup.fileName,
      mimeType: 'application/ld+json',
      buffer: backup.bytes,
    });
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.waitFor();
    await screenshot(page, 'import-preview-en-desktop');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 3 highlights').waitFor();
    await expect.poll(() => marks(page).count()).toBe(3);
    expect(await stored(page)).toEqual(before);
    await context.close();
  });

  it('prints the article with its highlights, then the notes, without the controls', async () => {
    const { context, page } = await openedApp(RECORDS);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export' }).isVisible()).toBe(false);
    expect(await page.locator('#timeline').isVisible()).toBe(false);
    const notes = page.locator('#notes');
    expect(await notes.isVisible()).toBe(true);
    const article = await page.locator('#article').boundingBox();
    const notesBox = await notes.boundingBox();
    expect(article && notesBox && notesBox.y >= article.y + article.height).toBe(true);
    const background = await marks(page)
      .first()
      .evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const adjust = await marks(page)
      .first()
      .evaluate((m) => getComputedStyle(m).getPropertyValue('print-color-adjust'));
    expect(adjust).toBe('exact');
    await screenshot(page, 'print-en', true);
    await context.close();
  });
});
