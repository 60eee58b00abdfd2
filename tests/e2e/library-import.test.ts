import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightQuotes } from './article-dom';
import { appReady, newContext, openApp, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();

const EXPORT_ZIP = 'tests/fixtures/omnivore/omnivore-export.zip';
const NILE_TITLE = 'استئناف مفاوضات سد النهضة بعد توقف دام عامين | الجزيرة نت';
const NILE_QUOTE = 'ستركز على قواعد الملء في سنوات الجفاف الممتد';
const NILE_NOTE = 'هذه هي العقدة منذ 2015.';
const UNANCHORED_NOTE = 'اقتباس لا يرد في نص المقال.';
const ARTICLE_NOTE = 'أعود إلى هذا المقال عند صدور البيان الختامي.';
const PAGE_NOTE = 'A page note: read with the CSTO charter open.';

const NEW_QUOTE = 'تسعى إلى تبادل البيانات اليومية عن منسوب المياه';

/**
 * The fixture export again, as a later export of the same library would be: the Nile article
 * with one more highlight. As a zip's bytes, with the name the file chooser gives it.
 */
function laterExport(): { name: string; mimeType: string; buffer: Buffer } {
  const folder = 'tests/fixtures/omnivore/export';
  const files: Record<string, Uint8Array> = {};
  for (const dir of ['', 'content', 'highlights']) {
    for (const entry of readdirSync(join(folder, dir), { withFileTypes: true })) {
      if (entry.isFile())
        files[join(dir, entry.name)] = readFileSync(join(folder, dir, entry.name));
    }
  }
  const nile = 'highlights/nile-dam-talks-resume-19233a4f1c2.md';
  files[nile] = Buffer.concat([Buffer.from(files[nile]!), Buffer.from(`\n> ${NEW_QUOTE} \n`)]);
  return {
    name: 'omnivore-later.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(files)),
  };
}

const articles = (page: Page) => page.getByRole('list', { name: 'Articles' });

/** Chooses `path` under "Import a library" and waits for the dialog. */
async function chooseExport(
  page: Page,
  path: string | ReturnType<typeof laterExport>,
  name = 'Import a library',
): Promise<Locator> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name }).click(),
  ]);
  await chooser.setFiles(path);
  return page.getByRole('dialog', { name });
}

/** The preview's counts, by label. */
function counts(dialog: Locator): Promise<Record<string, string>> {
  return dialog
    .locator('dl')
    .evaluate((dl) =>
      Object.fromEntries(
        [...dl.querySelectorAll('div')].map((d) => [
          d.querySelector('dt')?.textContent ?? '',
          d.querySelector('dd')?.textContent ?? '',
        ]),
      ),
    );
}

describe('importing an Omnivore library in Chromium', () => {
  it('previews the fixture export, imports it, and opens an Arabic article with its highlights drawn and notes listed', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');
    await articles(page).waitFor();

    const dialog = await chooseExport(page, EXPORT_ZIP);
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await counts(dialog)).toEqual({
      'Articles to add': '3',
      Highlights: '7',
      Notes: '5',
      'Already in your library': '0',
      'Left out': '2',
    });
    const leftOut = dialog.getByRole('region', { name: 'Left out, and why' });
    expect(await leftOut.textContent()).toContain('its content file is missing from the export');
    expect(await leftOut.textContent()).toContain('a PDF: Qari does not read PDFs');
    expect(await dialog.textContent()).toContain('kept under Unanchored');
    await screenshot(page, 'library-import-preview-en-desktop');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    for (const title of [
      NILE_TITLE,
      'التضخم في المنطقة العربية يتراجع ببطء',
      'Why We Read Slowly',
    ]) {
      await articles(page).getByRole('link', { name: title }).waitFor();
    }
    await screenshot(page, 'library-imported-en-desktop', true);

    await articles(page).getByRole('link', { name: NILE_TITLE }).click();
    const article = page.getByRole('article');
    await article.getByText(NILE_QUOTE, { exact: false }).waitFor();
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect.poll(() => highlightQuotes(page)).toContain(NILE_QUOTE);
    await page.getByText(NILE_NOTE).first().waitFor();
    const unanchored = page.getByRole('region', { name: 'Unanchored' });
    await unanchored.getByText(UNANCHORED_NOTE).waitFor();
    // Its note on the whole article, as a note on the whole document.
    const about = page.getByRole('region', { name: 'About this article' });
    await about.getByText(ARTICLE_NOTE).waitFor();

    await page.reload();
    await appReady(page);
    await article.getByText(NILE_QUOTE, { exact: false }).waitFor();
    await expect.poll(() => highlightQuotes(page)).toContain(NILE_QUOTE);
    await unanchored.getByText(UNANCHORED_NOTE).waitFor();
    await about.getByText(ARTICLE_NOTE).waitFor();
    await screenshot(page, 'library-import-article-en-desktop');

    // The English article's content had a script: it never ran.
    const ran = await page.evaluate(() => '__omnivoreFixtureScriptRan' in window);
    expect(ran).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the articles it already has when the same export is chosen again', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=ar');
    await page.getByRole('list', { name: 'المقالات' }).waitFor();
    let dialog = await chooseExport(page, EXPORT_ZIP, 'استيراد مكتبة');
    await dialog.getByRole('button', { name: 'استيراد', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    dialog = await chooseExport(page, EXPORT_ZIP, 'استيراد مكتبة');
    await dialog.getByRole('button', { name: 'استيراد', exact: true }).waitFor();
    expect(await counts(dialog)).toMatchObject({ 'مقالات ستُضاف': '0', 'في مكتبتك من قبل': '3' });
    expect(await dialog.getByRole('button', { name: 'استيراد', exact: true }).isDisabled()).toBe(
      true,
    );
    await screenshot(page, 'library-import-again-ar-desktop');
    await context.close();
  });

  it('adds the new highlight of a later export to the article already in the library, and no other', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=en');
    await articles(page).waitFor();
    let dialog = await chooseExport(page, EXPORT_ZIP);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    dialog = await chooseExport(page, laterExport());
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await counts(dialog)).toMatchObject({
      'Articles to add': '0',
      Highlights: '1',
      'Already in your library': '3',
    });
    const existing = dialog.getByRole('region', { name: /^Already in your library/ });
    expect(await existing.textContent()).toContain('; 1 highlight added to it');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await articles(page).getByRole('link', { name: NILE_TITLE }).click();
    await page.getByRole('article').getByText(NILE_QUOTE, { exact: false }).waitFor();
    await expect.poll(() => highlightQuotes(page)).toContain(NEW_QUOTE);
    const quotes = await highlightQuotes(page);
    expect(quotes.filter((q) => q === NILE_QUOTE)).toHaveLength(1);
    await context.close();
  });

  it('leaves the library as it was when the import is cancelled while saving', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=en');
    await articles(page).waitFor();
    const before = await articles(page).textContent();
    const dialog = await chooseExport(page, EXPORT_ZIP);
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();

    // Another connection holds the documents table, so the save waits on screen to be cancelled.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qari');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('documents', 'readwrite');
            const store = tx.objectStore('documents');
            const w = window as unknown as { __release?: boolean };
            const keepBusy = () => {
              if (!w.__release) store.count().onsuccess = keepBusy;
            };
            keepBusy();
            resolve();
          };
        }),
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.evaluate(() => {
      (window as unknown as { __release?: boolean }).__release = true;
    });
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Import cancelled; nothing was added to your library.').waitFor();
    expect(await articles(page).textContent()).toBe(before);
    await page.reload();
    await appReady(page);
    await articles(page).waitFor();
    expect(await articles(page).getByRole('link', { name: NILE_TITLE }).count()).toBe(0);
    await context.close();
  });

  it('routes a Readwise CSV and a Hypothesis { total, rows } file to the library article their quotes are in', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=en');
    await articles(page).waitFor();

    let dialog = await chooseExport(page, 'tests/fixtures/import/readwise-export.csv');
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await counts(dialog)).toEqual({
      'Highlights to add': '5',
      'Articles they go to': '1',
      'Already there': '0',
      'Left out': '1',
    });
    expect(await dialog.getByRole('region', { name: 'Left out, and why' }).textContent()).toContain(
      'Item 6: its quote is in no article of your library',
    );
    await screenshot(page, 'library-import-readwise-en-desktop');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => articles(page).textContent()).toContain('5 highlights');

    dialog = await chooseExport(page, 'tests/fixtures/import/hypothesis-api.json');
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
    // The page note goes to the article its page's highlight is in; the reply is left out.
    expect(await counts(dialog)).toEqual({
      'Highlights to add': '1',
      'Articles they go to': '1',
      'Already there': '0',
      'Left out': '1',
      'Page notes': '1',
    });
    const leftOut = await dialog.getByRole('region', { name: 'Left out, and why' }).textContent();
    expect(leftOut).toContain('Item 3: reply to another annotation');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // The article opens with the page note at the top of its notes, kept across a reload.
    await openApp(page, '?lang=en');
    const notes = page.getByRole('complementary', { name: 'Notes' });
    const about = notes.getByRole('region', { name: 'About this article' });
    await about.getByText(PAGE_NOTE).waitFor();
    const firstCard = notes.locator('.note-card').first();
    expect(await firstCard.textContent()).toContain(PAGE_NOTE);
    expect(await notes.getByRole('region', { name: 'Unanchored' }).count()).toBe(0);
    await page.reload();
    await appReady(page);
    await about.getByText(PAGE_NOTE).waitFor();
    await screenshot(page, 'library-import-page-note-en-desktop');
    await context.close();
  });

  it('refuses a zip that is not an Omnivore export with a clear message, the library unchanged', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=en');
    await articles(page).waitFor();
    const before = await articles(page).textContent();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import a library' }).click(),
    ]);
    await chooser.setFiles({
      name: 'omnivore-export.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('this is not a zip archive'),
    });
    const dialog = page.getByRole('dialog', { name: 'Import a library' });
    await dialog
      .getByRole('alert')
      .getByText('This is not a zip file.', { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await articles(page).textContent()).toBe(before);
    await context.close();
  });
});
