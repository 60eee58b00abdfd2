import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import { quoteLinkFragment } from '../../src/export/quote-link';
import { seedArticle } from '../seed-article';
import {
  DESKTOP,
  appUrl,
  sharedBrowser,
  newContext,
  openApp,
  screenshot,
  appReady,
} from './browser';
import {
  blockAtTop,
  canonicalText,
  highlightQuotes,
  lineOverflow,
  selectOffsets,
  startsOnScreen,
  visibleHighlightQuotes,
  waitForArticleSettled,
} from './article-dom';

const browser = sharedBrowser();

async function freshContext(viewport = DESKTOP): Promise<BrowserContext> {
  const context = await newContext(browser(), viewport);
  return context;
}
async function freshPage(viewport = DESKTOP): Promise<Page> {
  return (await freshContext(viewport)).newPage();
}

const HARAKAT = /[\u064B-\u065F\u0670]/u;
const HARAKAT_ALL = /[\u064B-\u065F\u0670]/gu;
const stripHarakat = (text: string) => text.replace(HARAKAT_ALL, '');

/** A quote link to a sentence the article never had. */
const GONE_QUOTE_LINK = quoteLinkFragment({
  quote: {
    type: 'TextQuoteSelector',
    exact: 'جملة لم ترد في هذا المقال قط',
    prefix: '',
    suffix: '',
  },
});

/** Opens the reader and waits until the article has stopped re-rendering. */
async function openReader(page: Page, query: string, hash = ''): Promise<void> {
  await openApp(page, query, hash);
  await waitForArticleSettled(page);
}

/** Highlights `quote` (its first occurrence) through the selection toolbar's H shortcut. */
async function highlight(page: Page, quote: string): Promise<void> {
  const start = (await canonicalText(page)).indexOf(quote);
  expect(start, `"${quote}" in the article`).toBeGreaterThanOrEqual(0);
  await selectOffsets(page, start, start + quote.length);
  await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
  await page.keyboard.press('h');
  await expect.poll(async () => (await highlightQuotes(page)).includes(quote)).toBe(true);
}

/** The article's block ids in order, to measure how far apart two blocks are. */
function blockIds(page: Page): Promise<string[]> {
  return page.locator('#article [data-block]').evaluateAll((bs) => bs.map((b) => b.id));
}

/** The saved reading position's block id, or null while none is stored. */
function savedBlock(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('qari.position.'));
    if (!key) return null;
    return (
      (JSON.parse(localStorage.getItem(key) ?? 'null') as { blockId?: string } | null)?.blockId ??
      null
    );
  });
}

describe('notes search in Chromium', () => {
  it('finds a note with harakat from a word typed without them, and marks it', async () => {
    const page = await freshPage();
    await openReader(page, '?lang=en');
    const quote = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';
    const start = (await canonicalText(page)).indexOf(quote);
    await selectOffsets(page, start, start + quote.length);
    await page
      .getByRole('toolbar', { name: 'Selection actions' })
      .getByRole('button', { name: 'Add note' })
      .click();
    await page.getByRole('textbox', { name: 'Note' }).fill('الأَمْنُ الجَمَاعِيُّ أولاً');
    await page.getByRole('button', { name: 'Done' }).click();

    const notes = page.getByRole('complementary', { name: 'Notes' });
    const list = notes.locator('ol.notes__list');
    await list.getByText('الأَمْنُ الجَمَاعِيُّ أولاً').waitFor();
    const search = notes.getByRole('searchbox', { name: 'Search notes' });
    const hits = list.locator('mark.search-hit');

    await search.fill('الامن');
    await expect.poll(() => hits.allTextContents()).toHaveLength(1);
    expect(stripHarakat((await hits.allTextContents())[0] ?? '')).toBe('الأمن');
    expect(await list.getByRole('listitem').count()).toBe(1);

    await search.fill('الجماعي');
    await expect
      .poll(async () => (await hits.allTextContents()).map(stripHarakat))
      .toEqual(['الجماعي']);

    await search.fill('طاجيكستان');
    await notes.getByText('No highlights match these filters.').waitFor();
    expect(await list.count()).toBe(0);

    await search.fill('');
    await list.getByText('الأَمْنُ الجَمَاعِيُّ أولاً').waitFor();
    expect(await hits.count()).toBe(0);
  });
});

describe('harakat in Chromium', () => {
  // b3: damma (مُستمرة) and tanween (سلباً) inside one highlight.
  const QUOTE =
    'عسكرة المنطقة كلها مُستمرة. ولا يشكل هذا تهديدا لبيلاروسيا وروسيا فحسب، بل يؤثر سلباً';
  const block = '#b3';

  it('hides harakat on screen only: the highlight covers the same words, and both persist', async () => {
    const page = await freshPage();
    await openReader(page, '?lang=en');
    await highlight(page, QUOTE);
    const innerText = () => page.locator(block).evaluate((el) => (el as HTMLElement).innerText);
    expect(await innerText()).toMatch(HARAKAT);
    expect(await visibleHighlightQuotes(page)).toEqual([QUOTE]);

    await page.getByRole('button', { name: 'Reading settings' }).click();
    const harakat = page.getByRole('switch', { name: 'Show harakat' });
    expect(await harakat.isChecked()).toBe(true);
    await harakat.uncheck();
    await page.keyboard.press('Escape');

    await expect.poll(innerText).not.toMatch(HARAKAT);
    // The stored quote and offsets are untouched; what shows is the same words, bare.
    expect(await highlightQuotes(page)).toEqual([QUOTE]);
    expect(await visibleHighlightQuotes(page)).toEqual([stripHarakat(QUOTE)]);
    expect(await lineOverflow(page, 'b3')).toBeLessThanOrEqual(1);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'harakat-hidden-en-desktop');

    await page.reload();
    await appReady(page);
    await expect.poll(() => highlightQuotes(page)).toEqual([QUOTE]);
    expect(await innerText()).not.toMatch(HARAKAT);
    expect(await visibleHighlightQuotes(page)).toEqual([stripHarakat(QUOTE)]);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    expect(await page.getByRole('switch', { name: 'Show harakat' }).isChecked()).toBe(false);
    expect(await lineOverflow(page, 'b3')).toBeLessThanOrEqual(1);
  });
});

describe('reading position in Chromium', () => {
  it('returns to the same paragraph after a reload, says so, and yields to #b7', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await openReader(page, '?lang=en');
    const ids = await blockIds(page);
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2),
    );
    const top = await blockAtTop(page);
    expect(top).not.toBe('b1');
    // Saved after a pause in scrolling (300 ms): wait for it rather than for a fixed time.
    await expect.poll(() => savedBlock(page)).toBe(top);
    const distance = async (id: string | null) =>
      Math.abs(ids.indexOf(id ?? '') - ids.indexOf(top ?? ''));

    await page.reload();
    await appReady(page);
    const note = page.getByRole('status').filter({ hasText: 'Continued where you left off.' });
    await note.waitFor();
    // Restored in the first frame; later parts (font, dates, passages) must not move it off.
    await expect.poll(async () => distance(await blockAtTop(page))).toBeLessThanOrEqual(1);
    await waitForArticleSettled(page);
    expect(await distance(await blockAtTop(page))).toBeLessThanOrEqual(1);
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(async () => distance(await blockAtTop(page))).toBeLessThanOrEqual(1);

    // A new tab has no scroll for the browser() to restore: the app brings the reader back.
    const tab = await context.newPage();
    await openApp(tab, '?lang=en');
    await tab.getByRole('status').filter({ hasText: 'Continued where you left off.' }).waitFor();
    await expect.poll(async () => distance(await blockAtTop(tab))).toBeLessThanOrEqual(1);
    await tab.close();

    // An address that points into the article wins over the saved position.
    const linked = await context.newPage();
    await openApp(linked, '?lang=en', '#b7');
    await expect.poll(() => blockAtTop(linked)).toBe('b7');
    expect(
      await linked.getByRole('status').filter({ hasText: 'Continued where you left off.' }).count(),
    ).toBe(0);
  });

  // Regression: scrollIntoView ignored the sticky header, hiding the paragraph's first line
  // under it (fixed with scroll-padding on the root).
  it('puts the paragraph named in the address below the sticky header', async () => {
    const page = await freshPage();
    await openApp(page, '?lang=en', '#b7');
    await expect.poll(() => blockAtTop(page)).toBe('b7');
    await page.waitForLoadState('networkidle');
    expect(await startsOnScreen(page, '#b7')).toBe(true);
  });

  it('shows the Arabic note and its Back to the start button', async () => {
    const page = await freshPage();
    await openReader(page, '?lang=ar');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const top = await blockAtTop(page);
    await expect.poll(() => savedBlock(page)).toBe(top);
    await page.reload();
    await appReady(page);
    const note = page.getByRole('status').filter({ hasText: 'تابعت القراءة من حيث توقفت.' });
    await note.waitFor();
    await note.getByRole('button', { name: 'عُد إلى البداية' }).click();
    await expect.poll(() => blockAtTop(page)).toBe('b1');
    expect(await note.count()).toBe(0);
  });
});

describe('quote links in Chromium', () => {
  const doc = seedArticle();
  const QUOTE = 'تم رفع حالة الطوارئ في جميع أنحاء البلاد';

  it('opens a copied quote link scrolled to the quote and marked, with nothing saved', async () => {
    const start = doc.text.indexOf(QUOTE);
    expect(start).toBeGreaterThan(0);
    const fragment = quoteLinkFragment(
      describeRange({ start, end: start + QUOTE.length }, doc.text),
    );
    const page = await freshPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?lang=en', fragment);
    const marks = page.locator('#article mark[data-hit="quote-link"]');
    await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(QUOTE);
    await expect
      .poll(() => startsOnScreen(page, '#article mark[data-hit="quote-link"]'))
      .toBe(true);
    expect(await highlightQuotes(page)).toEqual([]);
    expect(await page.getByText('No highlights yet').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('says so when the quoted passage is no longer in the article', async () => {
    const fragment = GONE_QUOTE_LINK;
    const page = await freshPage();
    // The notice leaves after a few seconds: look for it as soon as the page is there, not
    // after the page has settled.
    await page.goto(appUrl('?lang=en', fragment));
    await page.getByText('The quoted passage is no longer in this article.').waitFor();
    expect(await page.locator('#article mark[data-hit="quote-link"]').count()).toBe(0);
  });

  const HOSTILE = [
    '#quote=%%%',
    `#quote=${'A'.repeat(5000)}`,
    '#<img src=x onerror=alert(1)>',
    '#b999',
    '#quote=eyJ2IjoxLCJlIjoiIn0', // {"v":1,"e":""}: well-formed, but an empty quote
  ];
  for (const hash of HOSTILE) {
    it(`opens the article unharmed from ${hash.slice(0, 40)}`, async () => {
      const page = await freshPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(appUrl('?lang=en', hash));
      expect(response?.status()).toBe(200);
      await appReady(page);
      // Let the lazy parts (quote-link parser, sidebars) load and settle.
      await page.waitForLoadState('networkidle');
      await page
        .getByRole('complementary', { name: 'Timeline' })
        .getByRole('list')
        .first()
        .waitFor();
      expect(await page.locator('#article [data-block]').count()).toBe(23);
      expect(await page.locator('#article mark[data-hit="quote-link"]').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await blockAtTop(page)).toBe('b1');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

// Issue 6: a `#` link to a block or highlight wins over the saved position. Each test saves a
// position at the end of the article (confirmed by a reload), then opens the link in a new tab
// of the same profile and must land on what it names, mid-article, with no "continued" note.
describe('links over a saved reading position in Chromium', () => {
  const doc = seedArticle();
  const CONTINUED = 'Continued where you left off.';

  /** The link, not the saved position, decided where `linked` opened. */
  async function expectLinkWon(linked: Page, saved: string): Promise<void> {
    expect(await blockAtTop(linked)).not.toBe(saved);
    expect(await linked.getByRole('status').filter({ hasText: CONTINUED }).count()).toBe(0);
  }

  /** Scrolls `page` to the end, waits until that is saved, and checks a reload restores it. */
  async function savePositionAtEnd(page: Page): Promise<string> {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const top = await blockAtTop(page);
    expect(top).not.toBeNull();
    await expect.poll(() => savedBlock(page)).toBe(top);
    await page.reload();
    await appReady(page);
    await page.getByRole('status').filter({ hasText: CONTINUED }).waitFor();
    await expect.poll(() => blockAtTop(page)).toBe(top);
    return top ?? '';
  }

  /** Opens `hash` in a new tab of `context`, collecting its uncaught errors and dialogs. */
  async function openLink(context: BrowserContext, hash: string) {
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openApp(page, '?lang=en', hash);
    return { page, errors, dialogs };
  }

  it('a quote link lands on the quote, not on the saved position', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await openReader(page, '?lang=en');
    const saved = await savePositionAtEnd(page);

    const QUOTE = 'تم رفع حالة الطوارئ في جميع أنحاء البلاد';
    const start = doc.text.indexOf(QUOTE);
    const fragment = quoteLinkFragment(
      describeRange({ start, end: start + QUOTE.length }, doc.text),
    );
    const { page: linked, errors } = await openLink(context, fragment);
    const mark = '#article mark[data-hit="quote-link"]';
    await expect
      .poll(async () => (await linked.locator(mark).allTextContents()).join(''))
      .toBe(QUOTE);
    await expect.poll(() => startsOnScreen(linked, mark)).toBe(true);
    await expectLinkWon(linked, saved);
    expect(errors).toEqual([]);
  });

  it('a #highlight= link lands on that highlight, focused, not on the saved position', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await openReader(page, '?lang=en');
    const QUOTE = 'فإن العملية في كازاخستان أظهرت فعالية الآليات القائمة';
    await highlight(page, QUOTE);
    const id = await page
      .locator('#article mark.highlight[data-starts]')
      .getAttribute('data-starts');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const saved = await savePositionAtEnd(page);

    const { page: linked, errors } = await openLink(context, `#highlight=${id}`);
    const mark = `#article mark[data-starts~="${id}"]`;
    await expect.poll(() => startsOnScreen(linked, mark)).toBe(true);
    await expect
      .poll(() => linked.evaluate((sel) => document.activeElement?.matches(sel) ?? false, mark))
      .toBe(true);
    expect(await linked.locator(mark).textContent()).toBe(QUOTE);
    await expectLinkWon(linked, saved);
    expect(errors).toEqual([]);
  });

  it('a link to a highlight or quote that is not there says so and gives way to the saved position', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await openReader(page, '?lang=en');
    const saved = await savePositionAtEnd(page);

    // The notice leaves after a few seconds: look for it as soon as the page is there.
    const linked = await context.newPage();
    const errors: string[] = [];
    linked.on('pageerror', (e) => errors.push(e.message));
    await linked.goto(appUrl('?lang=en', '#highlight=0f8fad5b-d9cb-469f-a165-70867728950e'));
    await linked.getByText(/^The linked highlight is not in the article here/).waitFor();
    await linked.getByRole('status').filter({ hasText: CONTINUED }).waitFor();
    await expect.poll(() => blockAtTop(linked)).toBe(saved);
    expect(errors).toEqual([]);

    // A quote link whose passage is gone does the same.
    const quoted = await context.newPage();
    await quoted.goto(appUrl('?lang=en', GONE_QUOTE_LINK));
    await quoted.getByText('The quoted passage is no longer in this article.').waitFor();
    await quoted.getByRole('status').filter({ hasText: CONTINUED }).waitFor();
    await expect.poll(() => blockAtTop(quoted)).toBe(saved);
  });

  it('an unknown #highlight= id or one with markup opens the article at the start, unharmed', async () => {
    const context = await freshContext();
    for (const hash of [
      '#highlight=0f8fad5b-d9cb-469f-a165-70867728950e',
      '#highlight=<img src=x onerror=alert(1)>',
      '#highlight=0f8fad5b-d9cb-469f-a165-70867728950e"],img,mark[x="',
    ]) {
      const { page, errors, dialogs } = await openLink(context, hash);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#article [data-block]').count()).toBe(23);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await blockAtTop(page)).toBe('b1');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
