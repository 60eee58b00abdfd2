import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect, highlightQuotes, waitForArticleSettled } from './article-dom';
import {
  DESKTOP,
  PHONE,
  appReady,
  appUrl,
  newContext,
  openApp,
  screenshot,
  sharedBrowser,
} from './browser';

const browser = sharedBrowser();

const TITLE = 'مستشفى غزة تحت الحصار';
const SNIPPET = `${TITLE}\n\nقال مسؤولون في القطاع إن المستشفى توقف عن العمل صباح الثلاثاء بعد نفاد الوقود.\n\nوأضافوا أن مئات المرضى ينتظرون نقلهم إلى مستشفيات أخرى.`;
const ADDED_QUOTE = 'توقف عن العمل صباح الثلاثاء';
const BUILT_IN_QUOTE = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';
const ARTICLE_PAGE = 'tests/fixtures/library/arabic-news-page.html';

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

/** Waits until the article on screen has its fonts in and has been drawn twice. */
const settled = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

describe('the library in Chromium', () => {
  it('adds a pasted Arabic article that keeps its highlights apart from the built-in, then deletes and restores it', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?lang=en');
    await waitForArticleSettled(page);
    await highlight(page, BUILT_IN_QUOTE);

    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByRole('textbox', { name: 'Paste the article' }).fill(SNIPPET);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe(TITLE);
    await screenshot(page, 'add-article-en-desktop');
    await dialog.getByRole('button', { name: 'Save to library' }).click();

    const article = page.getByRole('article');
    await article.getByText(ADDED_QUOTE, { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('doc')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.title()).toContain(TITLE);
    await settled(page);
    expect(await highlightQuotes(page)).toEqual([]);
    await highlight(page, ADDED_QUOTE);

    await page.reload();
    await appReady(page);
    await article.getByText(ADDED_QUOTE, { exact: false }).waitFor();
    await expect.poll(() => highlightQuotes(page)).toEqual([ADDED_QUOTE]);

    await page.getByRole('link', { name: 'Library' }).click();
    const added = articles(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE }) });
    await added.first().waitFor();
    await expect.poll(() => added.first().textContent()).toContain('1 highlight');
    await screenshot(page, 'library-added-en-desktop', true);
    // Regression: the built-in forgot it had been opened once another article was.
    expect(await articles(page).textContent()).not.toContain('Not opened yet');
    const builtIn = articles(page).getByRole('link').filter({ hasNotText: TITLE }).first();
    await builtIn.click();
    await waitForArticleSettled(page);
    await expect.poll(() => highlightQuotes(page)).toEqual([BUILT_IN_QUOTE]);

    await page.getByRole('link', { name: 'Library' }).click();
    await added.first().getByRole('button', { name: 'Delete article' }).click();
    const trash = page.getByRole('list', { name: 'Deleted articles' });
    await trash.getByText(TITLE).waitFor();
    expect(await articles(page).getByRole('link', { name: TITLE }).count()).toBe(0);
    await trash.getByRole('button', { name: 'Restore article' }).click();
    await articles(page).getByRole('link', { name: TITLE }).waitFor();
    await articles(page).getByRole('link', { name: TITLE }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([ADDED_QUOTE]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a saved Arabic news page from a file: the article body alone, none of its scripts run', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?library&lang=en');
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByLabel('Choose a file').setInputFiles(ARTICLE_PAGE);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue())
      .toContain('زاس: تكثيف النشاط العسكري للناتو');
    await dialog.getByRole('button', { name: 'Save to library' }).click();
    await page.getByRole('article').getByText('المصدر: تاس').waitFor();

    const text = await canonicalText(page);
    expect(text).toContain('وتضم المنظمة في عضويتها ست دول هي:');
    // No cookie banner, advertisement, related links or comments.
    for (const chrome of ['ملفات تعريف الارتباط', 'إعلان', 'مناورات مشتركة', 'مقال ممتاز']) {
      expect(text).not.toContain(chrome);
    }
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [
        '__headScriptRan',
        '__adScriptRan',
        '__onloadRan',
        '__onerrorRan',
        '__clickRan',
      ].filter((name) => name in w);
    });
    expect(ran).toEqual([]);
    expect(await page.title()).not.toBe('hacked');
    await context.close();
  });

  it('says so when an address names a document this device does not have, with a link to the library', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(appUrl('?doc=0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b&lang=en'));
    await appReady(page);
    const main = page.getByRole('main', { name: 'Article not found' });
    await main.waitFor();
    expect(await main.textContent()).toContain(
      'This address names an article that is not in your library on this device.',
    );
    expect(await page.getByRole('article').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Qari — Article not found');
    const link = main.getByRole('link', { name: 'Open the library' });
    // Under the path prefix the app is served from, in the language of the address.
    expect(new URL((await link.getAttribute('href')) ?? '', page.url()).href).toBe(
      appUrl('?library&lang=en'),
    );
    await link.click();
    await articles(page).waitFor();
    await page.reload();
    await appReady(page);
    await articles(page).waitFor();
    await context.close();
  });

  for (const [language, locale] of [
    ['ar', 'ar-EG'],
    ['en', 'en-GB'],
  ] as const) {
    for (const [device, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`draws the library and Add article in ${language} on a ${device}`, async () => {
        const context = await newContext(browser(), viewport, { locale });
        const page = await context.newPage();
        await openApp(page, `?library&lang=${language}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('.library-trash').waitFor();
        await settled(page);
        // Regression: hydrating the prerendered article (Arabic UI) counted as opening it.
        expect(await page.locator('.library__list').textContent()).toContain(
          language === 'ar' ? 'لم يُفتح بعد' : 'Not opened yet',
        );
        await screenshot(page, `library-${language}-${device}`, true);
        await page.locator('.library__top button').first().click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('textarea').fill(SNIPPET);
        await expect
          .poll(() => dialog.locator('input[type="text"]').first().inputValue())
          .toBe(TITLE);
        await screenshot(page, `add-article-${language}-${device}`);
        await context.close();
      });
    }
  }
});
