import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, newContext, openApp, screenshot, appReady } from './browser';
import { saveThroughRepository, startDevServer } from './dev-server';
import {
  canonicalText,
  dragSelect,
  highlightQuotes,
  lineBoxes,
  scrollToOffset,
  waitForArticleSettled,
} from './article-dom';

const browser = sharedBrowser();

const SENTENCE = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';

async function offsetsOf(page: Page, quote: string): Promise<[number, number]> {
  const text = await canonicalText(page);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  return [start, start + quote.length];
}

/** The document selection's text, without the spaces at its ends (as a highlight trims them). */
const selectedText = (page: Page) =>
  page.evaluate(() => (document.getSelection()?.toString() ?? '').trim());

const marks = (page: Page) => page.locator('#article mark.highlight');

describe('highlighting in Chromium', () => {
  it('highlights a sentence selected by mouse, adds a note, and keeps both after a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await waitForArticleSettled(page); // timeline passages woven in before the line boxes
    const [start, end] = await offsetsOf(page, SENTENCE);
    const before = await lineBoxes(page, 'b11');
    await dragSelect(page, start, end);
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    await screenshot(page, 'toolbar-en-desktop');
    await toolbar.getByRole('button', { name: 'Green' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
    // No layout shift, and letters still joined across the highlight's edges: same line boxes.
    expect(await lineBoxes(page, 'b11')).toBe(before);

    await page.locator('#article mark.highlight[data-starts]').first().click();
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('استقرار بعد أسبوع');
    await page.getByText('Saved').waitFor();
    await page.reload();
    await appReady(page);
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
    const notes = page.getByRole('complementary', { name: 'Notes' });
    await notes.getByText('استقرار بعد أسبوع').waitFor();
    await context.close();
  });

  it('snaps a partial-word mouse selection to whole words', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const [start] = await offsetsOf(page, 'استقر الوضع');
    await dragSelect(page, start + 2, start + 8);
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual(['استقر الوضع']);
    await context.close();
  });

  it('keeps a selection made with Alt held exact, letters still joined across its edges', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await waitForArticleSettled(page);
    const [start] = await offsetsOf(page, 'استقر الوضع');
    const before = await lineBoxes(page, 'b11');
    // Alt is let go before the click on a colour, as a reader does.
    await page.keyboard.down('Alt');
    await dragSelect(page, start + 2, start + 8);
    await page.keyboard.up('Alt');
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    // Where inside a joined word the mouse lands is the browser's business: compare with it.
    const selected = await selectedText(page);
    expect(selected.length).toBeGreaterThanOrEqual(4);
    expect('استقر الوضع'.includes(selected) && selected !== 'استقر الوضع').toBe(true);
    await toolbar.getByRole('button', { name: 'Yellow' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([selected]);
    // Mid-word edges: the highlight must not break the letters' joining or move any text.
    expect(await lineBoxes(page, 'b11')).toBe(before);
    await screenshot(page, 'highlight-mid-word-en-desktop');

    // And with h, after Alt is up.
    const [other] = await offsetsOf(page, 'حالة الطوارئ');
    await page.keyboard.down('Alt');
    await dragSelect(page, other + 1, other + 7);
    await page.keyboard.up('Alt');
    await toolbar.waitFor();
    const second = await selectedText(page);
    expect('حالة الطوارئ'.includes(second) && second !== 'حالة الطوارئ').toBe(true);
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual([selected, second]);
    await context.close();
  });

  it('keeps selections exact everywhere when "Widen selections to whole words" is off', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const snap = page.getByRole('switch', { name: 'Widen selections to whole words' });
    expect(await snap.isChecked()).toBe(true);
    await snap.click();
    await page.keyboard.press('Escape');
    const [start] = await offsetsOf(page, 'استقر الوضع');
    await dragSelect(page, start + 2, start + 8);
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    const selected = await selectedText(page);
    expect('استقر الوضع'.includes(selected) && selected !== 'استقر الوضع').toBe(true);
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual([selected]);
    // The choice is remembered.
    await page.reload();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    expect(
      await page.getByRole('switch', { name: 'Widen selections to whole words' }).isChecked(),
    ).toBe(false);
    await context.close();
  });

  it('copies a selected quote with its citation, and the link reopens the app on it', async () => {
    const context = await newContext(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await openApp(page, '?lang=ar');
    const [start, end] = await offsetsOf(page, SENTENCE);
    await dragSelect(page, start, end);
    const toolbar = page.getByRole('toolbar', { name: 'إجراءات التحديد' });
    await toolbar.getByRole('button', { name: 'انسخ الاقتباس' }).click();
    await page.getByText('نُسخ الاقتباس مع مصدره').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [quote, citation] = copied.split('\n');
    expect(quote).toBe(`«${SENTENCE}»`);
    expect(citation).toContain('تاس');
    const link = /(https?:\/\/\S+#quote=\S+)$/u.exec(citation ?? '')?.[1];
    expect(link).toBeDefined();

    const fresh = await newContext(browser());
    const other = await fresh.newPage();
    await other.goto(link ?? '');
    await expect
      .poll(() =>
        other.evaluate(() =>
          [...document.querySelectorAll('#article mark[data-hit="quote-link"]')]
            .map((m) => m.textContent)
            .join(''),
        ),
      )
      .toBe(SENTENCE);
    await fresh.close();
    await context.close();
  });

  it('highlights a selection made with the keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const [start] = await offsetsOf(page, SENTENCE);
    await scrollToOffset(page, start);
    // Put the caret at the sentence start, then extend it word by word with Shift+Ctrl+Arrow.
    await page.evaluate((start) => {
      const span = [...document.querySelectorAll<HTMLElement>('#article [data-offset]')].find(
        (s) => {
          const o = Number(s.dataset.offset);
          return start >= o && start < o + (s.textContent ?? '').length;
        },
      );
      const node = span?.firstChild;
      if (!span || !node) throw new Error('no span');
      const sel = document.getSelection();
      sel?.collapse(node, start - Number(span.dataset.offset));
    }, start);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Control+ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString() ?? ''))
      .toContain('وبحلول 7 يناير');
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    await page.waitForTimeout(100); // let the toolbar catch up with the last key
    // Tab moves into the toolbar; arrows move between its buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Yellow',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await highlightQuotes(page)).join(''))
      .toContain('وبحلول 7 يناير');
    await context.close();
  });

  it('dismisses the selection toolbar with Escape, highlighting nothing', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const [start, end] = await offsetsOf(page, SENTENCE);
    await dragSelect(page, start, end);
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    await page.keyboard.press('Escape');
    await toolbar.waitFor({ state: 'detached' });
    expect(await highlightQuotes(page)).toEqual([]);
  });

  it('shows overlapping highlights, the overlap darker', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const [s1, e1] = await offsetsOf(page, 'تم رفع حالة الطوارئ');
    const [s2, e2] = await offsetsOf(page, 'حالة الطوارئ في جميع أنحاء البلاد');
    await dragSelect(page, s1, e1);
    await page
      .getByRole('toolbar', { name: 'Selection actions' })
      .getByRole('button', { name: 'Yellow' })
      .click();
    await expect.poll(() => highlightQuotes(page)).toHaveLength(1);
    await dragSelect(page, s2, e2);
    await page
      .getByRole('toolbar', { name: 'Selection actions' })
      .getByRole('button', { name: 'Blue' })
      .click();
    await expect
      .poll(() => page.locator('mark.highlight[data-depth="2"]').textContent())
      .toContain('حالة الطوارئ');
    const colors = await marks(page).evaluateAll((ms) =>
      ms.map((m) => getComputedStyle(m).backgroundColor),
    );
    expect(new Set(colors).size).toBe(3);
    await screenshot(page, 'overlap-en-desktop');
    await context.close();
  });

  it('shows a note added in one tab in another within a second', async () => {
    const context = await newContext(browser());
    const first = await context.newPage();
    const second = await context.newPage();
    await openApp(first, '?lang=en');
    await openApp(second, '?lang=en');
    // Background pages get no animation frames; work in the front one, watch the other.
    await first.bringToFront();
    const [start, end] = await offsetsOf(first, SENTENCE);
    await dragSelect(first, start, end);
    await first
      .getByRole('toolbar', { name: 'Selection actions' })
      .getByRole('button', { name: 'Add note' })
      .click();
    await first.getByRole('textbox', { name: 'Note' }).fill('من العلامة الأولى');
    await first.getByText('Saved').waitFor();
    // Within a second of the write (the limit for any tab showing stale data).
    await second
      .getByRole('complementary', { name: 'Notes' })
      .getByText('من العلامة الأولى')
      .waitFor({ timeout: 1000 });
    expect(await highlightQuotes(second)).toEqual([SENTENCE]);
    await context.close();
  });

  it('deletes, undoes, deletes again and restores from the Trash', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const [start, end] = await offsetsOf(page, SENTENCE);
    await dragSelect(page, start, end);
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
    await page.locator('#article mark.highlight[data-starts]').click();
    await page.getByRole('button', { name: 'Delete highlight' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => highlightQuotes(page)).toHaveLength(1);
    await page.locator('#article mark.highlight[data-starts]').click();
    await page.getByRole('button', { name: 'Delete highlight' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([]);
    const trash = page.getByRole('region', { name: 'Trash' });
    await trash.getByRole('button', { name: 'Trash' }).click();
    await trash.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
    await context.close();
  });

  it('lists a stored highlight whose quote no longer fits the text as Unanchored', async () => {
    // Seeded through the repository in the test build (the dev server), as an older version of
    // the article left it: its quote is nowhere in today's text.
    const dev = await startDevServer();
    const context = await newContext(browser());
    try {
      const page = await context.newPage();
      await page.goto(`${dev.url}?lang=en`);
      await page.getByText('No highlights yet').waitFor();
      await saveThroughRepository(page, [
        {
          id: '6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b',
          documentId: 'tass-ar-2022-02-09-csto-zas',
          target: {
            quote: {
              type: 'TextQuoteSelector',
              exact: 'جملة حُذفت من المقال في نسخته الجديدة تماماً',
              prefix: '',
              suffix: '',
            },
            position: { type: 'TextPositionSelector', start: 100, end: 143 },
          },
          color: 'pink',
          note: 'كانت هنا',
          tags: [],
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          deleted: null,
        },
      ]);
      await page.reload();
      const section = page.getByRole('region', { name: 'Unanchored' });
      await section.getByText('كانت هنا').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'unanchored-en-desktop');
    } finally {
      await context.close();
      await dev.close();
    }
  });
});
