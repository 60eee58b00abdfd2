import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, sharedBrowser, newContext, openApp, screenshot, appReady } from './browser';
import { storedAnnotations } from './app-database';
import { canonicalText, dragSelect, highlightQuotes, waitForArticleSettled } from './article-dom';

// The installed app offline: the service worker (vite-plugin-pwa, registered by registerSW.js)
// precaches the shell, its lazy chunks, the fonts and the article, so a second visit needs no
// network. `npx vite build`, then `npx vitest run --project e2e tests/e2e/offline.test.ts`.
// The preview server serves under /reader/ on http://127.0.0.1, a secure context.

const browser = sharedBrowser();

const SENTENCE = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';
const ARABIC = /[\u0600-\u06FF]/;

interface Manifest {
  name?: string;
  short_name?: string;
  lang?: string;
  dir?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  icons?: { src: string; sizes: string; purpose?: string }[];
}

const stored = storedAnnotations;

/** The Arabic web font faces the page has loaded (not a system fallback). */
async function loadedArabicFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'Noto Naskh Arabic' && f.status === 'loaded')
      .map((f) => `${f.weight} ${f.unicodeRange}`);
  });
}

describe('offline', () => {
  it('reads, highlights and keeps notes with no network after the first visit', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    // `ready` resolves once the worker is active, i.e. after its install step precached
    // everything; a reload then puts the page under its control.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(appUrl());
    await page.reload();
    await appReady(page);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
      .toBe('activated');

    await context.setOffline(true);
    // Really offline: what the worker does not hold cannot be had.
    const uncached = await page.evaluate(() =>
      fetch(`not-precached-${Date.now()}.txt`).then(
        (r) => r.status,
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');

    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await appReady(page);
    await waitForArticleSettled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('زاس');
    expect(await canonicalText(page)).toContain(SENTENCE);
    // The text is set in the app's own Arabic font, which came from the worker's cache.
    expect(await loadedArabicFaces(page)).not.toEqual([]);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'زاس'))).toBe(
      true,
    );
    const family = await page
      .locator('#article p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);
    expect(family).toContain('Noto Naskh Arabic');
    // The English strings and the timeline (lazy chunks and data) are there too.
    await page.getByRole('complementary', { name: 'Timeline' }).getByRole('list').waitFor();
    await screenshot(page, 'offline-en-desktop');

    // A highlight made offline is stored, and is still there after an offline reload.
    await expect.poll(() => page.getByLabel('Import notes').isEnabled()).toBe(true);
    const text = await canonicalText(page);
    const start = text.indexOf(SENTENCE);
    await dragSelect(page, start, start + SENTENCE.length);
    await page
      .getByRole('toolbar', { name: 'Selection actions' })
      .getByRole('button', { name: 'Yellow' })
      .click();
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
    await expect
      .poll(async () => (await stored(page)).map((r) => r.target?.quote.exact))
      .toEqual([SENTENCE]);
    await page.reload();
    await appReady(page);
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);

    // Switching to Arabic offline loads its strings from the cache.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('complementary', { name: 'الملاحظات' }).waitFor();
    expect(failed).toEqual([]);
    await context.close();
  });

  it('links a manifest with an Arabic name, right-to-left, that is itself available offline', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    await context.setOffline(true);

    const manifest = await page.evaluate(async (href) => {
      const response = await fetch(new URL(href, document.baseURI));
      return (await response.json()) as unknown;
    }, href ?? '');
    const m = manifest as Manifest;
    expect(m.name).toMatch(ARABIC);
    expect(m.short_name).toMatch(ARABIC);
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
    expect(m.display).toBe('standalone');
    // Relative to the manifest, so the app installs under any path prefix.
    expect(new URL(m.start_url ?? '', new URL(href ?? '', appUrl())).href).toBe(appUrl());
    expect(m.icons?.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    for (const icon of m.icons ?? []) {
      const status = await page.evaluate(
        async (src) => (await fetch(new URL(src, document.baseURI))).status,
        icon.src,
      );
      expect(status, icon.src).toBe(200);
    }
    await context.close();
  });
});
