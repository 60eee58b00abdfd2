import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { bigW3cFile } from '../big-import-file';
import { seedArticle } from '../seed-article';
import {
  PHONE,
  appUrl,
  axeViolations,
  newContext,
  openApp,
  screenshot,
  sharedBrowser,
} from './browser';
import { putAnnotations, storeOpen, storedAnnotations } from './app-database';

// Issue 14: a big import shows its progress, can be cancelled, never half-writes, is refused
// when it would not fit, and runs one at a time.

const browser = sharedBrowser();
const doc = seedArticle();
const BIG = 20_000;
const bigFile = Buffer.from(bigW3cFile(doc, BIG), 'utf8');
const smallFile = Buffer.from(bigW3cFile(doc, 50), 'utf8');

const LEDE = 'ستانيسلاف زاس';
const start = doc.text.indexOf(LEDE);
/** One note the reader already has: every test checks it is all that is stored afterwards. */
const KEPT: AnnotationRecord = {
  id: '3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b',
  documentId: doc.meta.id,
  target: describeRange({ start, end: start + LEDE.length }, doc.text),
  color: 'green',
  note: 'already here',
  tags: [],
  created: '2026-01-05T09:00:00.000Z',
  modified: '2026-01-05T09:00:00.000Z',
  deleted: null,
};

/** The app in English with KEPT stored, the store open. */
async function openWithOneNote(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openApp(page, '?lang=en');
  await storeOpen(page);
  await putAnnotations(page, [KEPT]);
  await page.reload();
  await page.getByRole('article').waitFor();
  await storeOpen(page);
  return page;
}

function choose(page: Page, buffer: Buffer, name = 'big.json') {
  return page.getByLabel('Import notes').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer,
  });
}

/** The import's progress bar (not the page's reading-position bar). */
const importBar = (page: Page) => page.locator('.task-progress').getByRole('progressbar');

async function valueNow(page: Page): Promise<number> {
  const value = await importBar(page).getAttribute('aria-valuenow');
  return value === null ? -1 : Number(value);
}

/** Opens the preview of the big file and applies it; resolves once some chunks are written. */
async function savingHalfWay(page: Page): Promise<void> {
  await choose(page, bigFile);
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await dialog.waitFor({ timeout: 60_000 });
  // Saving is slower on a slow machine: enough time to act in the middle of it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => valueNow(page), { timeout: 60_000 }).toBeGreaterThan(0);
  expect(await valueNow(page)).toBeLessThan(BIG);
}

describe('a big import in Chromium', () => {
  it('checks a 20,000-annotation file in a worker with progress, and Cancel stops it', async () => {
    const context = await newContext(browser());
    const page = await openWithOneNote(context);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await choose(page, bigFile);
    const bar = importBar(page);
    await bar.waitFor();
    expect(await bar.getAttribute('aria-label')).toBe('Importing big.json');
    await expect.poll(() => valueNow(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(BIG));
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^Checking [\d,]+ of 20,000$/);
    // Said politely, and not at every step.
    expect(await page.locator('.task-progress [aria-live="polite"]').count()).toBe(1);
    await screenshot(page, 'import-progress-en-desktop');
    // The built app's worker, from its own origin (CSP worker-src 'self').
    expect(workers.some((url) => url.startsWith(appUrl()) && /import\.worker/.test(url))).toBe(
      true,
    );

    await page.locator('.task-progress').getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled. Nothing was saved.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await bar.count()).toBe(0);
    expect(await storedAnnotations(page)).toEqual([KEPT]);
    await context.close();
  });

  it('rolls the whole import back when Cancel is pressed in the middle of saving', async () => {
    const context = await newContext(browser());
    const page = await openWithOneNote(context);
    await savingHalfWay(page);
    expect(await importBar(page).getAttribute('aria-valuetext')).toMatch(
      /^Saving [\d,]+ of 20,000$/,
    );
    await screenshot(page, 'import-saving-en-desktop');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled. Nothing was saved.').waitFor({ timeout: 60_000 });
    expect(await storedAnnotations(page)).toEqual([KEPT]);
    await context.close();
  });

  it('leaves nothing half-imported when the tab is closed in the middle of saving', async () => {
    const context = await newContext(browser());
    const page = await openWithOneNote(context);
    await savingHalfWay(page);
    await page.close();

    const reopened = await context.newPage();
    await openApp(reopened, '?lang=en');
    await storeOpen(reopened);
    expect(await storedAnnotations(reopened)).toEqual([KEPT]);
    await context.close();
  });

  it('refuses a second import while one runs, with a message, and goes on with the first', async () => {
    const context = await newContext(browser());
    const page = await openWithOneNote(context);
    await choose(page, bigFile);
    await importBar(page).waitFor();
    await choose(page, smallFile, 'small.json');
    await page
      .getByRole('alert')
      .getByText(
        'An import is already running. Wait for it to finish, or cancel it, then choose the file again.',
      )
      .waitFor();
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('From big.json.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedAnnotations(page)).toEqual([KEPT]);
    await context.close();
  });

  it('tells the reader before writing anything when the file would not fit the free storage', async () => {
    const context = await newContext(browser());
    // The browser says this site has 100 kB free. (Said by a stub: this Chromium's CDP quota
    // override does not reach navigator.storage.estimate().)
    await context.addInitScript(() => {
      const storage = navigator.storage;
      const estimate = storage.estimate.bind(storage);
      storage.estimate = async () => {
        const { usage = 0 } = await estimate();
        return { usage, quota: usage + 100_000 };
      };
    });
    const page = await openWithOneNote(context);
    await choose(page, Buffer.from(bigW3cFile(doc, 5000), 'utf8'));
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^This import needs about [\d.]+ MB, but the browser leaves only 0\.1 MB for Qari\. Nothing was imported/,
    );
    expect(await storedAnnotations(page)).toEqual([KEPT]);
    await context.close();
  });

  it('reads a file in its worker offline, from the service worker precache', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await page.getByRole('article').waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
      .toBe('activated');
    await storeOpen(page);
    await context.setOffline(true);
    // Asked as soon as the worker starts: the worker's own script runs (offline, from the
    // precache), not the page's fallback.
    const ran: Promise<string>[] = [];
    page.on('worker', (worker) => {
      if (!/import\.worker/.test(worker.url())) return;
      // A worker that has already finished and closed cannot be asked: it ran.
      ran.push(worker.evaluate(() => typeof onmessage).catch(() => 'closed after its work'));
    });
    await choose(page, smallFile, 'small.json');
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 50 highlights').waitFor();
    expect(await storedAnnotations(page)).toHaveLength(50);
    const answers = await Promise.all(ran);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers).not.toContain('undefined');
    await context.close();
  });

  it('shows its progress in Arabic on a phone', async () => {
    const context = await newContext(browser(), PHONE);
    const page = await context.newPage();
    await openApp(page);
    await storeOpen(page);
    await page.getByRole('button', { name: 'اعرض الملاحظات' }).click();
    await page.getByLabel('استورد ملاحظات').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: bigFile,
    });
    await expect.poll(() => valueNow(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await importBar(page).getAttribute('aria-valuetext')).toMatch(/^جارٍ فحص .+ من .+$/);
    await screenshot(page, 'import-progress-ar-phone');
    await page.locator('.task-progress').getByRole('button', { name: 'ألغِ' }).click();
    await page.getByText('أُلغي الاستيراد، ولم يُحفظ شيء.').waitFor();
    await context.close();
  });
});
