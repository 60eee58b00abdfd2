import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalText, dragSelect } from './article-dom';
import { PHONE, appReady, newContext, openApp, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();

const TITLE = 'فيضانات في الوادي';
const ARTICLE = [
  TITLE,
  'فاض النهر في 2 مارس 2024 وغمر البلدة بالكامل.',
  'وأعيد فتح المدارس يوم 9 مارس 2024 بعد انحسار المياه.',
  'وبدأ الصيام في 1 رمضان 1445هـ في أنحاء البلاد.',
  'وقال المحافظ إن الطرق ما زالت مغلقة أمام الشاحنات.',
].join('\n\n');
const SELECTED = 'الطرق ما زالت مغلقة';

const timeline = (page: Page) => page.getByRole('complementary', { name: 'Timeline' });
const events = (page: Page) => timeline(page).getByRole('list', { name: 'Events' });
const proposed = (page: Page) => timeline(page).getByRole('group', { name: 'Proposed' });

/** The accessible descriptions of the proposals' Accept buttons: their titles, in order. */
const proposalTitles = (page: Page) =>
  proposed(page)
    .getByRole('button', { name: 'Accept' })
    .evaluateAll((buttons) =>
      buttons.map(
        (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    );

/** The names of the events listed, in order. */
const eventNames = (page: Page) =>
  events(page)
    .locator('button[data-event-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));

describe('the timeline of an added article in Chromium', () => {
  it('proposes its dates; accepted, dismissed and added events stay after a reload; an event leads to its passage', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?library&lang=en');
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add article' });
    await dialog.getByRole('textbox', { name: 'Paste the article' }).fill(ARTICLE);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe(TITLE);
    await dialog.getByRole('button', { name: 'Save to library' }).click();
    await page.getByRole('article').getByText(SELECTED, { exact: false }).waitFor();

    await proposed(page).waitFor();
    await expect.poll(() => proposalTitles(page)).toHaveLength(3);
    const [river, schools, fasting] = (await proposalTitles(page)) as string[];
    expect(river).toContain('فاض النهر');
    expect(schools).toContain('أعيد فتح المدارس');
    expect(fasting).toContain('بدأ الصيام');
    // The Hijri date is shown as Hijri, its Gregorian day after it.
    expect(await proposed(page).textContent()).toContain('1 Ramadan 1445 AH (11 March 2024)');
    await screenshot(page, 'own-timeline-proposed-en-desktop');

    await proposed(page).getByRole('button', { name: 'Accept' }).first().click();
    await events(page).waitFor();
    await expect.poll(() => proposalTitles(page)).toEqual([schools, fasting]);
    await proposed(page).getByRole('button', { name: 'Dismiss' }).first().click();
    await expect.poll(() => proposalTitles(page)).toEqual([fasting]);

    // Add to timeline from a selection: stored at once and opened for editing.
    const text = await canonicalText(page);
    const start = text.indexOf(SELECTED);
    await dragSelect(page, start, start + SELECTED.length);
    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: 'Add to timeline' }).click();
    const titleBox = events(page).getByRole('textbox', { name: 'Title' });
    await titleBox.waitFor();
    expect(await titleBox.inputValue()).toBe(SELECTED);
    await titleBox.fill('الطرق مغلقة');
    await events(page).getByRole('textbox', { name: 'Date' }).fill('2024-03-10');
    await events(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => eventNames(page)).toHaveLength(2);

    await page.reload();
    await appReady(page);
    await events(page).waitFor();
    await expect
      .poll(() => eventNames(page))
      .toEqual([expect.stringContaining('فاض النهر'), '10 March 2024, الطرق مغلقة']);
    await expect.poll(() => proposalTitles(page)).toEqual([fasting]);
    await screenshot(page, 'own-timeline-accepted-en-desktop');

    // Activating the accepted event scrolls to its passage and focuses it.
    const button = events(page).locator('button[data-event-id]').first();
    const eventId = await button.getAttribute('data-event-id');
    await page.evaluate(() => document.querySelector('#main')?.scrollIntoView({ block: 'end' }));
    await button.click();
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const passage = document.getElementById(`passage-${id}`);
          return !!passage && passage.contains(document.activeElement);
        }, eventId),
      )
      .toBe(true);
    expect(await page.locator(`#passage-${eventId}`).textContent()).toContain('فاض النهر');

    // The same timeline in the Arabic UI on a phone: a drawer, right to left.
    const docId = new URL(page.url()).searchParams.get('doc') ?? '';
    await page.setViewportSize(PHONE);
    await openApp(page, `?doc=${docId}&lang=ar`);
    await page.getByRole('button', { name: 'اعرض الخط الزمني' }).click();
    const drawer = page.getByRole('complementary', { name: 'الخط الزمني' });
    await drawer
      .getByRole('group', { name: 'مقترحة' })
      .getByRole('button', { name: 'اقبل' })
      .waitFor();
    expect(await drawer.getByRole('button', { name: 'عدّل الحدث' }).count()).toBe(2);
    await screenshot(page, 'own-timeline-ar-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows one tab’s accepted and dismissed proposals in a second tab on the same article', async () => {
    const context = await newContext(browser());
    const first = await context.newPage();
    await openApp(first, '?library&lang=en');
    await first.getByRole('button', { name: 'Add article' }).click();
    const dialog = first.getByRole('dialog', { name: 'Add article' });
    await dialog.getByRole('textbox', { name: 'Paste the article' }).fill(ARTICLE);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe(TITLE);
    await dialog.getByRole('button', { name: 'Save to library' }).click();
    await proposed(first).waitFor();
    const docId = new URL(first.url()).searchParams.get('doc') ?? '';

    const second = await context.newPage();
    await openApp(second, `?doc=${docId}&lang=en`);
    await expect.poll(() => proposalTitles(second)).toHaveLength(3);
    const [river, schools, fasting] = (await proposalTitles(second)) as string[];

    await proposed(first).getByRole('button', { name: 'Accept' }).first().click();
    await events(first).waitFor();
    // The second tab, untouched, follows (within a second on a quiet machine).
    await expect
      .poll(() => eventNames(second), { timeout: 2000 })
      .toEqual([expect.stringContaining('فاض النهر')]);
    await proposed(first).getByRole('button', { name: 'Dismiss' }).first().click();
    await expect.poll(() => proposalTitles(second), { timeout: 2000 }).toEqual([fasting]);
    expect(river).toContain('فاض النهر');
    expect(schools).toContain('أعيد فتح المدارس');
    await context.close();
  });
});
