import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect, highlightQuotes, startsOnScreen } from './article-dom';
import { BUILT_IN_DOCUMENT_ID } from '../../src/document/built-in-document';
import { newContext, openApp, PHONE, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();

// The first article: long enough that its highlight, in the last paragraph, starts far below
// the first screen. Its quote and note carry harakat, and the quote's word starts with «إ».
const CEASEFIRE = 'إعلان الهدنة في المدينة';
const FILLER = Array.from(
  { length: 24 },
  (_, i) =>
    `الفقرة ${i + 1}: واصل السكان يومهم بين الأسواق والمدارس، وتحدث التجار عن الأسعار والطرق وعن انتظار المساعدات التي تأخرت أياماً.`,
);
const CEASEFIRE_QUOTE = 'أَعْلَنَ المُتَحَدِّثُ إِيقَافَ إِطْلَاقِ النَّارِ';
const CEASEFIRE_NOTE = 'الهُدْنَةُ هَشَّةٌ';
const CEASEFIRE_TEXT = [CEASEFIRE, ...FILLER, `وفي المساء ${CEASEFIRE_QUOTE} حتى صباح الغد.`].join(
  '\n\n',
);
// The second article, where the reader is when they open All notes.
const MARKET = 'أسعار الخبز في السوق';
const MARKET_QUOTE = 'ارتفع سعر الخبز مرتين';
const MARKET_TEXT = `${MARKET}\n\nقال باعة إن ${MARKET_QUOTE} خلال شهر واحد.`;
// Typed without harakat, with a bare alef where the quote has «إ».
const SEARCH = 'ايقاف اطلاق';

/** Adds an article from the library's "Add article" dialog; it opens. Returns its id. */
async function addArticle(page: Page, text: string, title: string): Promise<string> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const add = page.getByRole('dialog', { name: 'Add article' });
  await add.getByRole('textbox', { name: 'Paste the article' }).fill(text);
  await expect.poll(() => add.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(title);
  await add.getByRole('button', { name: 'Save to library' }).click();
  await page.getByRole('article').getByRole('heading', { name: title }).waitFor();
  const id = new URLSearchParams(await page.evaluate(() => location.search)).get('doc');
  expect(id).toBeTruthy();
  return id!;
}

/** Highlights `quote` in the open article and writes `note` on it. */
async function annotate(page: Page, quote: string, note: string): Promise<void> {
  const text = await canonicalText(page);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  await dragSelect(page, start, start + quote.length);
  const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
  await toolbar.waitFor();
  await toolbar.getByRole('button', { name: 'Yellow' }).click();
  await expect.poll(() => highlightQuotes(page)).toEqual([quote]);
  await page.locator('#article mark.highlight[data-starts]').first().click();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByText('Saved').waitFor();
}

describe('All notes in Chromium', () => {
  it('searches every note from a document’s header without harakat and lands on the match in the other document', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');
    const ceasefireId = await addArticle(page, CEASEFIRE_TEXT, CEASEFIRE);
    await annotate(page, CEASEFIRE_QUOTE, CEASEFIRE_NOTE);
    // Leave it at its top: landing on the highlight later is the link's doing.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await startsOnScreen(page, '#article mark.highlight')).toBe(false);

    await page.getByRole('banner').getByRole('link', { name: 'Library' }).click();
    await addArticle(page, MARKET_TEXT, MARKET);
    await annotate(page, MARKET_QUOTE, 'غلاء');

    // From the second document's header, without a reload.
    const allNotes = page.getByRole('banner').getByRole('link', { name: 'All notes' });
    await allNotes.click();
    const main = page.getByRole('main', { name: 'All notes' });
    await main.getByRole('heading', { level: 1, name: 'All notes' }).waitFor();
    expect(await allNotes.getAttribute('aria-current')).toBe('page');
    await main.getByText('2 notes').waitFor();
    await main.getByRole('searchbox', { name: 'Search all notes' }).pressSequentially(SEARCH);
    await main.getByText('1 of 2 notes').waitFor();
    const match = main.getByRole('link', { name: CEASEFIRE_QUOTE });
    await match.waitFor();
    expect(await main.getByRole('link', { name: MARKET_QUOTE }).count()).toBe(0);
    expect(await main.getByText(CEASEFIRE_NOTE).count()).toBe(1);
    await screenshot(page, 'all-notes-search-en-desktop');

    await match.click();
    const article = page.getByRole('article');
    await article.getByRole('heading', { name: CEASEFIRE }).waitFor();
    const address = await page.evaluate(() => ({ search: location.search, hash: location.hash }));
    expect(new URLSearchParams(address.search).get('doc')).toBe(ceasefireId);
    const id = /^#highlight=(.+)$/.exec(address.hash)?.[1];
    expect(id).toBeTruthy();
    // The highlight has focus, and its start is on screen.
    const selector = `#article mark[data-starts~="${id}"]`;
    await expect
      .poll(() => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      .toBe(true);
    await expect.poll(() => startsOnScreen(page, selector)).toBe(true);
    expect(await page.locator(selector).textContent()).toBe(CEASEFIRE_QUOTE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['ar', 'en'] as const)(
    'fits a phone with a long title among the documents (%s UI)',
    async (lang) => {
      const context = await newContext(browser(), PHONE);
      const page = await context.newPage();
      await openApp(page, `?lang=${lang}`);
      // A note on the built-in article, whose long headline becomes a Document option.
      await page.evaluate(async (documentId) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('qari');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const time = new Date().toISOString();
        const tx = db.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put({
          id: crypto.randomUUID(),
          documentId,
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'الأمين العام', prefix: '', suffix: '' },
          },
          color: 'yellow',
          note: 'ملاحظة',
          tags: [],
          created: time,
          modified: time,
          deleted: null,
        });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      }, BUILT_IN_DOCUMENT_ID);
      await openApp(page, `?notes&lang=${lang}`);
      await page.locator('.all-notes .note-card').first().waitFor();
      await screenshot(page, `all-notes-${lang}-phone`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await context.close();
    },
  );

  it.each([
    ['ar', PHONE.width, 'المكتبة', 'كل الملاحظات'],
    ['en', PHONE.width, 'Library', 'All notes'],
    ['en', 320, 'Library', 'All notes'],
  ] as const)(
    'keeps both header links on a phone, as icons named for assistive technology (%s, %i px)',
    async (lang, width, library, notes) => {
      const context = await newContext(browser(), { ...PHONE, width });
      const page = await context.newPage();
      await openApp(page, `?lang=${lang}`);
      await screenshot(page, `header-links-${lang}-${width}`);
      const banner = page.getByRole('banner');
      const boxes = await Promise.all(
        [library, notes].map((name) => banner.getByRole('link', { name }).boundingBox()),
      );
      // Both within the screen's width, and the page does not scroll sideways.
      for (const box of boxes) {
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await context.close();
    },
  );
});
