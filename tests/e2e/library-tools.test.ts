import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect, highlightQuotes } from './article-dom';
import { newContext, openApp, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();

const TITLE = 'مستشفى غزة تحت الحصار';
const FIRST = 'قال مسؤولون في القطاع إن المستشفى توقف عن العمل صباح الثلاثاء بعد نفاد الوقود.';
const SECOND = 'وأضافوا أن مئات المرضى ينتظرون نقلهم إلى مستشفيات أخرى.';
const SNIPPET = `${TITLE}\n\n${FIRST}\n\n${SECOND}`;
const QUOTE = 'توقف عن العمل صباح الثلاثاء';
// The corrected version: a paragraph added before the highlight, which then has to move.
const ADDED = 'أعلنت وزارة الصحة حالة الطوارئ في المستشفيات كلها.';
const CORRECTED = `${TITLE}\n\n${ADDED}\n\n${FIRST}\n\n${SECOND}`;

const articles = (page: Page) => page.getByRole('list', { name: 'Articles' });

/** Selects `quote` in the open article and highlights it in green. */
async function highlight(page: Page, quote: string): Promise<void> {
  const text = await canonicalText(page);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  await dragSelect(page, start, start + quote.length);
  const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
  await toolbar.waitFor();
  await toolbar.getByRole('button', { name: 'Green' }).click();
  await expect.poll(() => highlightQuotes(page)).toContain(quote);
}

describe('replacing a text and restoring the library in Chromium', () => {
  it('replaces an article’s text keeping its highlight, undoes it, then backs up, deletes and restores the library', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');
    await page.getByRole('button', { name: 'Add article' }).click();
    const add = page.getByRole('dialog', { name: 'Add article' });
    await add.getByRole('textbox', { name: 'Paste the article' }).fill(SNIPPET);
    await expect.poll(() => add.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(TITLE);
    await add.getByRole('button', { name: 'Save to library' }).click();
    const article = page.getByRole('article');
    await article.getByText(QUOTE, { exact: false }).waitFor();
    await highlight(page, QUOTE);
    const original = await canonicalText(page);

    // Replace the text: the preview says the highlight moves, Replace writes it.
    await page.getByRole('button', { name: 'Replace text' }).click();
    const replace = page.getByRole('dialog', { name: 'Replace text' });
    await replace.getByRole('textbox', { name: 'Paste the article' }).fill(CORRECTED);
    const preview = replace.getByRole('region', {
      name: 'What happens to the highlights, notes and timeline events',
    });
    await preview.getByText('1 moves to where its quote now is.').waitFor();
    expect(await preview.textContent()).toContain('None is left unanchored.');
    await screenshot(page, 'replace-text-en-desktop');
    await replace.getByRole('button', { name: 'Replace' }).click();
    await replace.waitFor({ state: 'detached' });
    await article.getByText(ADDED).waitFor();
    await expect.poll(() => highlightQuotes(page)).toEqual([QUOTE]);

    // One level of undo: the text before comes back, the highlight with it.
    await page.getByRole('button', { name: 'Undo replace' }).click();
    await page.getByRole('button', { name: 'Undo replace' }).waitFor({ state: 'detached' });
    await expect.poll(() => canonicalText(page)).toBe(original);
    await expect.poll(() => highlightQuotes(page)).toEqual([QUOTE]);

    // Back up the library, delete the article for good, restore the file.
    await page.getByRole('link', { name: 'Library' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up library' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qari-library-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = await download.path();
    const row = articles(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE }) });
    await row.getByRole('button', { name: 'Delete article' }).click();
    const trash = page.getByRole('list', { name: 'Deleted articles' });
    await trash.getByRole('button', { name: 'Delete for good' }).click();
    await page
      .getByRole('dialog', { name: 'Delete for good' })
      .getByRole('button', { name: 'Delete for good' })
      .click();
    await page.getByText('The Trash is empty.').waitFor();
    expect(await articles(page).getByRole('link', { name: TITLE }).count()).toBe(0);

    await page.getByLabel('Restore from backup').setInputFiles(backup);
    const restore = page.getByRole('dialog', { name: 'Restore from backup' });
    await restore.getByText('1 article, 1 highlight or note').waitFor();
    await screenshot(page, 'restore-library-en-desktop');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await restore.waitFor({ state: 'detached' });
    await row.first().waitFor();
    await expect.poll(() => row.first().textContent()).toContain('1 highlight');
    await articles(page).getByRole('link', { name: TITLE }).click();
    await article.getByText(QUOTE, { exact: false }).waitFor();
    expect(await canonicalText(page)).toBe(original);
    await expect.poll(() => highlightQuotes(page)).toEqual([QUOTE]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
