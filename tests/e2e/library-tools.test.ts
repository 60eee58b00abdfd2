import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect, highlightQuotes } from './article-dom';
import { appReady, appUrl, newContext, openApp, screenshot, sharedBrowser } from './browser';

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

// The journey's other two articles: one with dates (its timeline), one sent to the Trash.
const FLOOD_TITLE = 'فيضانات في الوادي';
const FLOOD = [
  FLOOD_TITLE,
  'فاض النهر في 2 مارس 2024 وغمر البلدة بالكامل.',
  'وأعيد فتح المدارس يوم 9 مارس 2024 بعد انحسار المياه.',
  'وقال المحافظ إن الطرق ما زالت مغلقة أمام الشاحنات.',
].join('\n\n');
const FLOOD_QUOTE = 'الطرق ما زالت مغلقة';
const HARVEST_TITLE = 'موسم الحصاد في السهل';
const HARVEST = [
  HARVEST_TITLE,
  'بدأ المزارعون حصاد القمح مبكرًا هذا العام بسبب الحر.',
  'وتوقعت النقابة محصولًا أقل من المعتاد.',
].join('\n\n');
const HARVEST_QUOTE = 'حصاد القمح مبكرًا';

/** The tables a library backup carries, read raw from the page's IndexedDB, each sorted. */
function libraryTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('qari');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const names = ['documents', 'documentTexts', 'annotations', 'timelineEvents'];
    const tables: Record<string, unknown[]> = {};
    const tx = db.transaction([...names, 'dismissedProposals']);
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    for (const name of names) {
      tables[name] = (await all(name)).sort((a, b) =>
        String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)),
      );
    }
    tables.dismissedProposals = await all('dismissedProposals');
    db.close();
    return tables;
  });
}

/** Pastes `text` into Add article and saves it; resolves once its article shows `quote`. */
async function addArticle(page: Page, title: string, text: string, quote: string) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const add = page.getByRole('dialog', { name: 'Add article' });
  await add.getByRole('textbox', { name: 'Paste the article' }).fill(text);
  await expect.poll(() => add.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(title);
  await add.getByRole('button', { name: 'Save to library' }).click();
  await page.getByRole('article').getByText(quote, { exact: false }).waitFor();
}

/** Opens the article's first highlight and writes `note` in it (saved as it is typed). */
async function writeNote(page: Page, note: string): Promise<void> {
  await page.locator('#article mark.highlight[data-starts]').first().click();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByText('Saved').waitFor();
}

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

  it('fills a library, backs it up, clears the site’s data and restores every text, note and event as it was', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');

    // Three articles, each highlighted; the flood's timeline gets an accepted event and a
    // dismissed proposal; the harvest goes to the Trash.
    await addArticle(page, TITLE, SNIPPET, QUOTE);
    await highlight(page, QUOTE);
    await writeNote(page, 'نفد الوقود: تحقّق من التاريخ');
    await page.getByRole('link', { name: 'Library' }).click();
    await addArticle(page, FLOOD_TITLE, FLOOD, FLOOD_QUOTE);
    await highlight(page, FLOOD_QUOTE);
    await writeNote(page, 'الطرق\nما زالت مغلقة');
    const timeline = page.getByRole('complementary', { name: 'Timeline' });
    const proposed = timeline.getByRole('group', { name: 'Proposed' });
    await proposed.getByRole('button', { name: 'Accept' }).first().click();
    await timeline.getByRole('list', { name: 'Events' }).waitFor();
    await proposed.getByRole('button', { name: 'Dismiss' }).first().click();
    await proposed.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Library' }).click();
    await addArticle(page, HARVEST_TITLE, HARVEST, HARVEST_QUOTE);
    await highlight(page, HARVEST_QUOTE);
    await page.getByRole('link', { name: 'Library' }).click();
    await articles(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: HARVEST_TITLE }) })
      .getByRole('button', { name: 'Delete article' })
      .click();
    const trash = page.getByRole('list', { name: 'Deleted articles' });
    await trash.getByText(HARVEST_TITLE).waitFor();

    // Each note is stored once written (it saves as typed, a moment later).
    await expect
      .poll(async () =>
        ((await libraryTables(page)).annotations as { note: string }[]).map((a) => a.note).sort(),
      )
      .toEqual(['', 'الطرق\nما زالت مغلقة', 'نفد الوقود: تحقّق من التاريخ'].sort());
    const before = await libraryTables(page);
    expect(before.documents).toHaveLength(3);
    expect(before.annotations).toHaveLength(3);
    expect(before.timelineEvents).toHaveLength(1);
    expect(before.dismissedProposals).toHaveLength(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up library' }).click(),
    ]);
    const backup = await download.path();

    // Clear the site's data as the browser's settings do, then come back to an empty library.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(appUrl()).origin,
      storageTypes: 'all',
    });
    await page.goto(appUrl('?library&lang=en'));
    await appReady(page);
    await page.getByRole('button', { name: 'Add article' }).waitFor();
    await expect.poll(async () => (await libraryTables(page)).documents).toEqual([]);
    expect(await articles(page).getByRole('link', { name: TITLE }).count()).toBe(0);

    await page.getByLabel('Restore from backup').setInputFiles(backup);
    const restore = page.getByRole('dialog', { name: 'Restore from backup' });
    await restore
      .getByText('3 articles, 3 highlights and notes, 1 timeline event, 1 dismissed proposal')
      .waitFor();
    await restore.getByRole('button', { name: 'Restore' }).click();
    await restore.waitFor({ state: 'detached' });

    // Every row as it was: texts byte for byte, notes and events field for field, the Trash.
    const after = await libraryTables(page);
    expect(after).toEqual(before);
    await page.getByRole('list', { name: 'Deleted articles' }).getByText(HARVEST_TITLE).waitFor();
    await articles(page).getByRole('link', { name: FLOOD_TITLE }).click();
    await page.getByRole('article').getByText(FLOOD_QUOTE, { exact: false }).waitFor();
    expect(await canonicalText(page)).toBe(
      (before.documentTexts as { text: string }[]).find((t) => t.text.startsWith(FLOOD_TITLE))
        ?.text,
    );
    await expect.poll(() => highlightQuotes(page)).toEqual([FLOOD_QUOTE]);
    await timeline
      .getByRole('list', { name: 'Events' })
      .getByText('فاض النهر', { exact: false })
      .waitFor();
    expect(await proposed.count()).toBe(0);
    await screenshot(page, 'restored-library-en-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});
