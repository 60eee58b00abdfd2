import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect, highlightQuotes } from './article-dom';
import { newContext, openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

const TITLE = 'الموانئ بعد العاصفة';
const KEPT = 'أعادت هيئة الموانئ فتح الرصيف الشمالي صباح الأحد بعد توقف دام ثلاثة أيام.';
const REWORDED = 'وقال مدير الميناء إن الأضرار التي لحقت بالرافعات كانت أقل مما كان متوقعا.';
const REMOVED = 'وأشار شهود إلى أن سفينتين جنحتا قرب المدخل الجنوبي ليلة السبت.';
const LAST = 'ومن المنتظر أن تعود حركة الحاويات إلى طبيعتها خلال الأسبوع المقبل.';
const ORIGINAL = [TITLE, KEPT, REWORDED, REMOVED, LAST].join('\n\n');
// The corrected version: a word of the second sentence changed (أقل → أخف), the third gone.
const CORRECTED = [
  TITLE,
  KEPT,
  'وقال مدير الميناء إن الأضرار التي لحقت بالرافعات كانت أخف مما كان متوقعا.',
  LAST,
].join('\n\n');

const QUOTES = {
  stays: 'فتح الرصيف الشمالي صباح الأحد',
  approximate: 'الأضرار التي لحقت بالرافعات كانت أقل',
  unanchored: 'سفينتين جنحتا قرب المدخل الجنوبي',
  moves: 'تعود حركة الحاويات إلى طبيعتها',
};

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

describe('replacing a corrected text in Chromium', () => {
  it('previews what happens to each highlight, and the reader then sees exactly that', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');
    await page.getByRole('button', { name: 'Add article' }).click();
    const add = page.getByRole('dialog', { name: 'Add article' });
    await add.getByRole('textbox', { name: 'Paste the article' }).fill(ORIGINAL);
    await expect.poll(() => add.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(TITLE);
    await add.getByRole('button', { name: 'Save to library' }).click();
    const article = page.getByRole('article');
    await article.getByText(KEPT, { exact: false }).waitFor();
    for (const quote of Object.values(QUOTES)) await highlight(page, quote);

    await page.getByRole('button', { name: 'Replace text' }).click();
    const replace = page.getByRole('dialog', { name: 'Replace text' });
    await replace.getByRole('textbox', { name: 'Paste the article' }).fill(CORRECTED);
    const preview = replace.getByRole('region', {
      name: 'What happens to the highlights, notes and timeline events',
    });
    await preview.getByText('1 stays in place.').waitFor();
    const said = await preview.getByRole('listitem').allTextContents();
    expect(said).toEqual([
      '1 stays in place.',
      '1 moves to where its quote now is.',
      '1 is found approximately: check it.',
      '1 will be left unanchored:',
      QUOTES.unanchored,
    ]);
    await replace.getByRole('button', { name: 'Replace' }).click();
    await replace.waitFor({ state: 'detached' });

    // What the preview said: three drawn in the new text, the removed sentence's one Unanchored.
    await expect.poll(() => canonicalText(page)).not.toContain(REMOVED);
    await expect
      .poll(async () => (await highlightQuotes(page)).sort())
      .toEqual([QUOTES.stays, 'الأضرار التي لحقت بالرافعات كانت أخف', QUOTES.moves].sort());
    const unanchored = page.getByRole('region', { name: 'Unanchored' });
    await unanchored.getByText(QUOTES.unanchored, { exact: false }).waitFor();

    // And after a reload, the same.
    await page.reload();
    await article.getByText(LAST, { exact: false }).waitFor();
    await expect.poll(async () => (await highlightQuotes(page)).length).toBe(3);
    await unanchored.getByText(QUOTES.unanchored, { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
