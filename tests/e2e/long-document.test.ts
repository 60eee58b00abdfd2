import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAST_PARAGRAPH, LAST_PARAGRAPH_WORD, longArabicDocument } from '../long-document';
import { addDocument } from './add-document';
import { canonicalText, dragSelect, highlightQuotes } from './article-dom';
import { appReady, newContext, openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();
const doc = longArabicDocument();
/** A quote in the last paragraph, a few words from the end of the 1 MB text. */
const LAST_QUOTE = 'القراءة تصل إلى آخر سطر';

/** Whether the current find hit is on screen and drawn (not under a bar, not skipped). */
function currentHitOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('#article mark.search-hit--current');
    const line = mark?.getClientRects()[0];
    if (!mark || !line || line.height === 0) return false;
    const top = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return top !== null && mark.contains(top);
  });
}

/** Opens the 1 MB document, added to the library first through the app's repository. */
async function openLongDocument(page: Page): Promise<void> {
  await openApp(page, '?library&lang=en');
  await page.getByRole('list', { name: 'Articles' }).waitFor();
  await addDocument(page, doc);
  await page.goto(page.url().replace(/\?.*$/, `?doc=${doc.meta.id}&lang=en`));
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: doc.meta.title }).waitFor();
}

describe('a 1 MB Arabic document, in Chromium', () => {
  it('keeps its whole text in the page: find reaches the last paragraph, which can be highlighted', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openLongDocument(page);
    const article = page.getByRole('article');
    // Put in the page a slice at a time, and laid out only near the screen (content-visibility),
    // but soon every block is in the DOM with its offsets.
    expect(await article.getAttribute('data-length')).toBe('long');
    await expect.poll(() => page.locator('#article [data-block]').count()).toBe(doc.blocks.length);
    expect(await article.getAttribute('aria-busy')).toBeNull();
    expect(await canonicalText(page)).toBe(doc.text);

    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find' });
    await bar.getByRole('searchbox', { name: 'Find in article' }).fill(LAST_PARAGRAPH_WORD);
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('1 of 1');
    await expect.poll(() => currentHitOnScreen(page)).toBe(true);
    const last = doc.blocks.at(-1)!;
    expect(await page.locator('#article mark.search-hit--current').textContent()).toBe(
      LAST_PARAGRAPH_WORD,
    );
    expect(
      await page
        .locator('#article mark.search-hit--current')
        .evaluate((mark) => mark.closest('[data-block]')?.id),
    ).toBe(last.id);
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });

    const start = doc.text.lastIndexOf(LAST_QUOTE);
    expect(start).toBe(last.start + LAST_PARAGRAPH.indexOf(LAST_QUOTE));
    await dragSelect(page, start, start + LAST_QUOTE.length);
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: 'Green' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([LAST_QUOTE]);

    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: doc.meta.title }).waitFor();
    await expect.poll(() => highlightQuotes(page)).toEqual([LAST_QUOTE]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
