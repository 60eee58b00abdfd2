import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedAnnotations } from './app-database';
import { highlightQuotes } from './article-dom';
import { PHONE, sharedBrowser, newContext, openApp, screenshot, appReady } from './browser';

const browser = sharedBrowser();

/** The text of each find hit drawn in the article (pieces joined), in reading order. */
function drawnHits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byKey = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>('#article mark.search-hit')) {
      const key = mark.dataset.hit ?? '';
      byKey.set(key, (byKey.get(key) ?? '') + (mark.textContent ?? ''));
    }
    return [...byKey.values()];
  });
}

/** The `data-hit` of the current hit, if it is on screen and not under a bar. */
function visibleCurrentHit(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('#article mark.search-hit--current');
    const line = mark?.getClientRects()[0];
    if (!mark || !line) return null;
    const top = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return top && mark.contains(top) ? (mark.dataset.hit ?? null) : null;
  });
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** The document selection's text. */
const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** The app in English on a CPU slowed `rate` times, with the find bar opened by Ctrl+F. */
async function findOnASlowMachine(rate: number): Promise<Page> {
  const context = await newContext(browser());
  const page = await context.newPage();
  await openApp(page, '?lang=en');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in article' }).waitFor();
  return page;
}

describe('find in article, in Chromium', () => {
  it('finds «الاستجابه» with Ctrl+F: hits marked and counted, Enter moves to the next, Escape closes', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find' });
    const box = bar.getByRole('searchbox', { name: 'Find in article' });
    await expect.poll(() => isFocused(box)).toBe(true);

    await page.keyboard.type('الاستجابه');
    const status = bar.getByRole('status');
    // A prefix of the query has the same count: wait for the whole query's hits.
    await expect.poll(() => drawnHits(page)).toEqual(['الاستجابة', 'الاستجابة']);
    await expect.poll(() => status.textContent()).toBe('1 of 2');
    await expect.poll(() => visibleCurrentHit(page)).toBe('find-0');
    // Hits are underlined, not filled like highlights; the current one is tinted as well.
    const style = await page
      .locator('#article mark.search-hit')
      .first()
      .evaluate((m) => getComputedStyle(m).textDecorationLine);
    expect(style).toContain('underline');
    await screenshot(page, 'find-en-desktop');

    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('2 of 2');
    await expect.poll(() => visibleCurrentHit(page)).toBe('find-1');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe('1 of 2');
    await expect.poll(() => visibleCurrentHit(page)).toBe('find-0');

    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await expect.poll(() => drawnHits(page)).toEqual([]);

    // The query survives closing: Ctrl+F brings it back, selected, with its hits.
    await page.keyboard.press('Control+f');
    await expect.poll(() => isFocused(box)).toBe(true);
    expect(await box.inputValue()).toBe('الاستجابه');
    expect(
      await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([0, 9]);
    await expect.poll(() => status.textContent()).toBe('1 of 2');
    await context.close();
  });

  it('goes to the second hit on an Enter typed right after the query, on a slow machine', async () => {
    // Regression: the Enter was lost while the deferred search was still catching up.
    const page = await findOnASlowMachine(4);
    await page.keyboard.type('منظمة');
    await page.keyboard.press('Enter');
    const status = page.getByRole('search').getByRole('status');
    await expect.poll(() => status.textContent()).toBe('2 of 23');
    await expect.poll(() => visibleCurrentHit(page)).toBe('find-1');
  });

  it('in Arabic on a phone: the Find button opens the bar, counts in Arabic, and gives focus back', async () => {
    const context = await newContext(browser(), PHONE);
    const page = await context.newPage();
    await openApp(page, '?lang=ar');
    const button = page.getByRole('button', { name: 'ابحث في المقال' });
    await button.click();
    const bar = page.getByRole('search', { name: 'البحث' });
    const box = bar.getByRole('searchbox', { name: 'ابحث في المقال' });
    await expect.poll(() => isFocused(box)).toBe(true);
    await box.fill('٢٠٢٢');
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('1 من 2');
    await expect.poll(() => drawnHits(page)).toEqual(['2022', '2022']);
    await bar.getByRole('button', { name: 'النتيجة التالية' }).click();
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('2 من 2');
    await expect.poll(() => visibleCurrentHit(page)).toBe('find-1');
    await screenshot(page, 'find-ar-phone');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(button)).toBe(true);
    await context.close();
  });

  it('leaves the last hit selected on Escape, so the keyboard alone can extend it, add a note and keep both after a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('استقر الوضع');
    const bar = page.getByRole('search', { name: 'Find' });
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('1 of 1');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    const selected = () => selectedText(page);
    await expect.poll(selected).toBe('استقر الوضع');
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    await page.getByText('Match selected: H highlights').waitFor();
    await screenshot(page, 'find-selected-en-desktop');

    // In Arabic, Shift+Ctrl+Left reads on by a word.
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await expect.poll(selected).toBe('استقر الوضع في البلاد');
    await page.waitForTimeout(100); // let the toolbar catch up with the last key
    await page.keyboard.press('n');
    const note = page.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => isFocused(note)).toBe(true);
    await page.keyboard.type('بعد أسبوع');
    // "Saved" also shows between keys on a slow machine: wait for the whole note to be stored.
    await expect.poll(async () => (await storedAnnotations(page))[0]?.note).toBe('بعد أسبوع');
    await page.getByText('Saved').waitFor();
    await expect.poll(() => highlightQuotes(page)).toEqual(['استقر الوضع في البلاد']);
    await page.reload();
    await appReady(page);
    await expect.poll(() => highlightQuotes(page)).toEqual(['استقر الوضع في البلاد']);
    await page.getByRole('complementary', { name: 'Notes' }).getByText('بعد أسبوع').waitFor();
    await context.close();
  });

  it('selects the hit of the whole query on an Escape typed right after it, on a slow machine', async () => {
    // Regression: Escape selected the hit of the query a key earlier («استقر الوض») while the
    // deferred search was still catching up.
    const page = await findOnASlowMachine(6);
    await page.keyboard.type('استقر الوضع');
    await page.keyboard.press('Escape');
    await page.getByRole('search', { name: 'Find' }).waitFor({ state: 'detached' });
    await expect.poll(() => selectedText(page)).toBe('استقر الوضع');
  });

  it('extends a found partial word with Alt+Shift+arrow and still snaps the highlight to whole words', async () => {
    // Alt here means "by word", not "keep it exact": exact selections belong to Alt-drags.
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('ستقر الوض');
    const bar = page.getByRole('search', { name: 'Find' });
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('1 of 1');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => selectedText(page)).toMatch(/^ستقر الوضع/u);
    await page.waitForTimeout(100); // let the toolbar catch up with the last key
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual(['استقر الوضع']);
    await context.close();
  });
});
