import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import { seedArticle } from '../seed-article';
import { putAnnotations, storeOpen } from './app-database';
import { sharedBrowser, newContext, openApp, screenshot } from './browser';

// A reader's whole history in the store: thousands of highlights on one article.
// `npx vite build`, then `npx vitest run --project e2e tests/e2e/big-store.test.ts`.

const browser = sharedBrowser();
const COUNT = 5000;

const doc = seedArticle();
const words = [...doc.text.matchAll(/\S+/gu)].map((m) => ({
  start: m.index,
  end: m.index + m[0].length,
}));

/** `COUNT` highlights over the article's words, each with its own numbered note. */
function manyRecords() {
  return Array.from({ length: COUNT }, (_, i) => {
    const first = (i * 7919) % (words.length - 12);
    const range = { start: words[first]!.start, end: words[first + (i % 9)]!.end };
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: crypto.randomUUID(),
      documentId: doc.meta.id,
      target: describeRange(range, doc.text),
      range,
      color: 'yellow',
      note: `ملاحظة رقم ${i + 1}`,
      tags: [],
      created: time,
      modified: time,
      deleted: null,
    };
  });
}

describe(`a store of ${COUNT.toLocaleString('en')} highlights`, () => {
  it('draws the highlights, keeps the notes list short in the page, tabs through it, and scrolls it to the last note', async () => {
    const records = manyRecords();
    // The list's last card: reading order is start, then end, then creation.
    const last = [...records]
      .sort(
        (a, b) =>
          a.range.start - b.range.start ||
          a.range.end - b.range.end ||
          (a.created < b.created ? -1 : 1),
      )
      .at(-1)!;
    const page = await (await newContext(browser())).newPage();
    await openApp(page);
    await storeOpen(page);
    await putAnnotations(
      page,
      records.map(({ range: _range, ...record }) => record),
    );
    await page.reload();
    await page.getByRole('article').waitFor();

    const notes = page.locator('#notes');
    const items = notes.locator('ol.notes__list > li');
    await expect
      .poll(() => items.first().getAttribute('aria-setsize'), { timeout: 30_000 })
      .toBe(`${COUNT}`);
    expect(await page.locator('#article mark.highlight').count()).toBeGreaterThan(100);
    // Only the cards on screen are in the page, not five thousand.
    expect(await items.count()).toBeLessThan(100);

    // Tab walks card after card past the ones first drawn: each focused card scrolls into
    // view, and the cards after it are drawn before the next Tab.
    await items.first().locator('button').first().focus();
    for (let i = 0; i < 90; i++) await page.keyboard.press('Tab');
    const place = await page.evaluate(() =>
      document.activeElement?.closest('#notes ol.notes__list > li')?.getAttribute('aria-posinset'),
    );
    expect(Number(place)).toBeGreaterThan(25);

    // Scrolled to the end, the list draws its last card, in view.
    await expect
      .poll(
        async () => {
          await notes.evaluate((panel) => panel.scrollTo({ top: panel.scrollHeight }));
          const item = items.last();
          return [await item.getAttribute('aria-posinset'), await item.textContent()];
        },
        { timeout: 10_000 },
      )
      .toEqual([`${COUNT}`, expect.stringContaining(last.note)]);
    expect(await items.last().isVisible()).toBe(true);
    await screenshot(page, 'big-store-notes-end');

    // The notes search still finds one card among them all.
    await notes.getByRole('searchbox').fill('ملاحظة رقم 4321');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('ملاحظة رقم 4321');
  });
});
