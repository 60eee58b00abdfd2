import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  axeViolations,
  sharedBrowser,
  newContext,
  openApp,
  screenshot,
  appReady,
} from './browser';
import {
  canonicalText,
  highlightQuotes,
  selectOffsets,
  startsOnScreen,
  waitForArticleSettled,
} from './article-dom';

const browser = sharedBrowser();

async function freshPage(
  viewport = DESKTOP,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await newContext(browser(), viewport, options);
  return context.newPage();
}

type Lang = 'ar' | 'en';
const UI = {
  ar: { timeline: 'الخط الزمني', show: 'اعرض الخط الزمني', events: 'الأحداث' },
  en: { timeline: 'Timeline', show: 'Show timeline', events: 'Events' },
} as const;

/** Opens the reader in `lang` and waits for the timeline's events. */
async function openReader(page: Page, lang: Lang): Promise<Locator> {
  await openApp(page, `?lang=${lang}`);
  // On a phone the sidebar is a closed drawer: hidden, yet its events are there.
  const timeline = page.getByRole('complementary', {
    name: UI[lang].timeline,
    includeHidden: true,
  });
  await timeline
    .getByRole('list', { name: UI[lang].events, includeHidden: true })
    .waitFor({ state: 'attached' });
  await waitForArticleSettled(page);
  return timeline;
}

/** The CSS selector of the passage (its first piece, which carries the id) containing `text`. */
async function passageWith(page: Page, text: string): Promise<string> {
  const id = await page.evaluate(
    (text) =>
      [...document.querySelectorAll('#article [id^="passage-"]')].find((p) =>
        p.textContent?.includes(text),
      )?.id,
    text,
  );
  expect(id, `a passage containing ${text}`).toBeTruthy();
  return `#${id}`;
}

/** True when focus is on the element matching `selector` or inside it. */
function holdsFocus(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    return !!el && !!document.activeElement && el.contains(document.activeElement);
  }, selector);
}

/** Scrolls so the element's top sits at `fraction` of the viewport's height. */
async function scrollTopTo(page: Page, selector: string, fraction: number): Promise<void> {
  await page.evaluate(
    ([selector, fraction]) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`${selector} not found`);
      window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * fraction);
    },
    [selector, fraction] as const,
  );
}

/** Near the top of the view, above the reading line a third of the way down. */
const NEAR_TOP = 0.2;

/** True while any part of the element is in the viewport. */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

/** Turns the mouse wheel over the article until the element's top is {@link NEAR_TOP}. */
async function wheelTopTo(page: Page, selector: string): Promise<void> {
  const top = await page
    .locator(selector)
    .evaluate((el, near) => el.getBoundingClientRect().top - window.innerHeight * near, NEAR_TOP);
  const box = await page.getByRole('article').boundingBox();
  if (!box) throw new Error('no article on screen');
  await page.mouse.move(box.x + box.width / 2, (page.viewportSize()?.height ?? 600) / 2);
  await page.mouse.wheel(0, top);
  await waitForScrollEnd(page);
}

/** Waits until the page has not scrolled for a few frames (smooth scrolling has finished). */
async function waitForScrollEnd(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** The event buttons of a list that are in the tab order. */
function tabStops(list: Locator): Promise<string[]> {
  return list
    .getByRole('button')
    .evaluateAll((bs) =>
      bs.filter((b) => (b as HTMLElement).tabIndex === 0).map((b) => b.textContent ?? ''),
    );
}

function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

const CASUALTY_TEXT = '225';

describe('timeline sidebar in Chromium', () => {
  it('activating the 19 January event shows and focuses its passage', async () => {
    const page = await freshPage();
    const timeline = await openReader(page, 'ar');
    const passage = await passageWith(page, '19 يناير');
    expect(await startsOnScreen(page, passage)).toBe(false);

    await timeline.getByRole('button', { name: /^19 يناير/ }).click();
    await expect.poll(() => startsOnScreen(page, passage)).toBe(true);
    await expect.poll(() => holdsFocus(page, passage)).toBe(true);
    // The passage is marked as the selected event's.
    expect(await page.locator(passage).getAttribute('class')).toContain('event-passage--selected');
    // The event chosen is the current one, though its passage sits below the reading line.
    const button = timeline.getByRole('button', { name: /^19 يناير/ });
    await expect.poll(() => button.getAttribute('aria-current')).toBe('true');
    await waitForScrollEnd(page);
    await screenshot(page, 'timeline-ar-activated');
    // Once the reader scrolls it away, the reading line decides again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => timeline.locator('[aria-current]').count()).toBe(0);
  });

  // Issue 11: the event activated stayed current while its passage was anywhere on screen, so
  // scrolling on from it left the timeline behind. Only the scroll the activation made keeps it.
  const scrollsOn: [string, (page: Page, selector: string) => Promise<void>][] = [
    ['without input (scrollbar, find)', (page, selector) => scrollTopTo(page, selector, NEAR_TOP)],
    ['with the mouse wheel', wheelTopTo],
  ];
  for (const [how, scrollOn] of scrollsOn) {
    for (const motion of ['no-preference', 'reduce'] as const) {
      it(`after activating 19 January, scrolling on ${how} follows the reading line again (motion: ${motion})`, async () => {
        const page = await freshPage(DESKTOP, { reducedMotion: motion });
        const timeline = await openReader(page, 'ar');
        const current = timeline.locator('button[aria-current="true"]');
        const passage = await passageWith(page, '19 يناير');
        await timeline.getByRole('button', { name: /^19 يناير/ }).click();
        await expect.poll(() => holdsFocus(page, passage)).toBe(true);
        await waitForScrollEnd(page);
        expect(await current.getAttribute('data-event-id')).toBe('state-of-emergency-lifted');

        // The casualty passage, the next one down, near the top of the view (past the reading
        // line): the 19 January passage is still on screen just above it.
        await scrollOn(page, await passageWith(page, CASUALTY_TEXT));
        expect(await onScreen(page, passage)).toBe(true);
        await expect.poll(() => current.getAttribute('data-event-id')).toBe('casualty-toll');
      });
    }
  }

  it('marks the death toll as current once its passage reaches the reading line', async () => {
    const page = await freshPage();
    const timeline = await openReader(page, 'en');
    const toll = timeline.getByRole('button', { name: /The death toll/ });
    expect(await toll.getAttribute('aria-current')).toBeNull();

    await scrollTopTo(page, await passageWith(page, CASUALTY_TEXT), 0.25);
    await expect.poll(() => toll.getAttribute('aria-current')).toBe('true');
    expect(await timeline.locator('[aria-current]').count()).toBe(1);

    // Scrolling back above every passage leaves no event current.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => toll.getAttribute('aria-current')).toBeNull();
  });

  it('writes Arabic dates with the chosen month names and digits, and remembers them', async () => {
    const page = await freshPage();
    const timeline = await openReader(page, 'ar');
    // The article's own style first: both month names, Latin digits.
    await timeline.getByRole('button', { name: /^19 يناير\/كانون الثاني 2022/ }).waitFor();

    await timeline.getByRole('combobox', { name: 'أسماء الأشهر' }).selectOption({
      label: 'كانون الثاني',
    });
    await timeline.getByRole('combobox', { name: 'الأرقام' }).selectOption({ label: '١٢٣' });
    const levantine = timeline.getByRole('button', { name: /^١٩ كانون الثاني ٢٠٢٢/ });
    await levantine.waitFor();
    const names = () =>
      timeline
        .getByRole('list', { name: 'الأحداث' })
        .getByRole('button')
        .evaluateAll((bs) => bs.map((b) => b.textContent ?? '').join(' | '));
    expect(await names()).not.toMatch(/[0-9]|يناير|فبراير/);
    // Day gaps follow the digits too.
    expect(await timeline.getByText(/بعد ١٢ يومًا/).count()).toBeGreaterThan(0);

    await page.reload();
    await appReady(page);
    await levantine.waitFor();
    expect(await timeline.getByRole('combobox', { name: 'أسماء الأشهر' }).inputValue()).toBe(
      'levantine',
    );
    expect(await timeline.getByRole('combobox', { name: 'الأرقام' }).inputValue()).toBe('arab');

    await timeline.getByRole('combobox', { name: 'أسماء الأشهر' }).selectOption({
      label: 'يناير',
    });
    await timeline.getByRole('button', { name: /^١٩ يناير ٢٠٢٢/ }).waitFor();
    expect(await names()).not.toContain('كانون');
  });

  it('is one tab stop, moved through with the arrow keys, Home and End; Enter activates', async () => {
    const page = await freshPage();
    const timeline = await openReader(page, 'en');
    const list = timeline.getByRole('list', { name: 'Events' });
    const stops = await tabStops(list);
    expect(stops).toHaveLength(1);

    // Into the list from the control after it, out of it with one more Shift+Tab.
    await timeline.getByRole('button', { name: /Background/ }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe(stops[0]);
    await page.keyboard.press('Shift+Tab');
    expect(await list.evaluate((l) => l.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(stops[0]);

    await page.keyboard.press('Home');
    expect(await focusedText(page)).toMatch(/^2 January 2022/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/Tokayev declares an attempted coup$/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/CSTO peacekeeping operation/);
    await page.keyboard.press('ArrowUp');
    expect(await focusedText(page)).toMatch(/Tokayev/);
    await page.keyboard.press('End');
    expect(await focusedText(page)).toMatch(/^9 February 2022/);
    // The tab stop follows focus: leaving and coming back lands on the last event focused.
    expect(await tabStops(list)).toEqual([await focusedText(page)]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toMatch(/^9 February 2022/);

    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const passage = await passageWith(page, 'منطقة مانجيستاو');
    await expect.poll(() => holdsFocus(page, passage)).toBe(true);
    await expect.poll(() => startsOnScreen(page, passage)).toBe(true);
    await expect
      .poll(() => list.getByRole('button', { name: /^2 January/ }).getAttribute('aria-current'))
      .toBe('true');
  });

  it('a margin marker in the article selects its event in the sidebar', async () => {
    const page = await freshPage();
    const timeline = await openReader(page, 'en');
    await page
      .getByRole('article')
      .getByRole('button', { name: 'Timeline event: The death toll' })
      .click();
    const toll = timeline.getByRole('button', { name: /The death toll/ });
    await expect.poll(() => toll.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(
      await page.locator(await passageWith(page, CASUALTY_TEXT)).getAttribute('class'),
    ).toContain('event-passage--selected');
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`on a phone (${lang}) the drawer shows the current event and closes on activation`, async () => {
      const page = await freshPage(PHONE);
      const timeline = await openReader(page, lang);
      await page.evaluate(() => document.fonts.ready);
      await scrollTopTo(page, await passageWith(page, CASUALTY_TEXT), 0.25);
      const current = timeline.locator('button[aria-current="true"]');
      await expect.poll(() => current.getAttribute('data-event-id')).toBe('casualty-toll');

      expect(await timeline.isVisible()).toBe(false);
      await page.getByRole('button', { name: UI[lang].show }).click();
      await timeline.waitFor();
      // The current event is scrolled into the drawer's view, not left below its fold.
      await expect
        .poll(() =>
          current.evaluate((b) => {
            const drawer = b.closest('aside')?.getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return !!drawer && r.top >= drawer.top - 1 && r.bottom <= drawer.bottom + 1;
          }),
        )
        .toBe(true);
      await screenshot(page, `timeline-${lang}-phone`);

      await timeline
        .getByRole('button', { name: lang === 'ar' ? /^2 يناير/ : /^2 January/ })
        .click();
      await expect.poll(() => timeline.isVisible()).toBe(false);
      const passage = await passageWith(page, 'منطقة مانجيستاو');
      await expect.poll(() => startsOnScreen(page, passage)).toBe(true);
      await expect.poll(() => holdsFocus(page, passage)).toBe(true);
      await expect.poll(() => current.getAttribute('data-event-id')).toBe('protests-mangystau');
    });
  }

  it('a malformed timeline file shows an alert in the sidebar and the article still reads', async () => {
    // No service worker: requests must reach the route, as on a first visit.
    const page = await freshPage(DESKTOP, { serviceWorkers: 'block' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*.timeline*.json', (r) =>
      r.fulfill({ body: '{not json', contentType: 'application/json' }),
    );
    await openApp(page, '?lang=en');
    const timeline = page.getByRole('complementary', { name: 'Timeline' });
    await expect
      .poll(() => timeline.getByRole('alert').textContent())
      .toContain('The timeline file is malformed');
    // A broken file stays broken: no retry offered.
    expect(await timeline.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await page.locator('#article [data-block]').count()).toBe(23);
    expect(await canonicalText(page)).toContain('وفي 19 يناير أيضا');
    expect(await page.locator('#article [data-event-passage]').count()).toBe(0);
    // Reading and highlighting go on as usual.
    const text = await canonicalText(page);
    const quote = 'استقر الوضع في البلاد';
    const start = text.indexOf(quote);
    await selectOffsets(page, start, start + quote.length);
    await page.getByRole('toolbar', { name: 'Selection actions' }).waitFor();
    await page.keyboard.press('h');
    await expect.poll(() => highlightQuotes(page)).toEqual([quote]);
    expect(errors).toEqual([]);
  });

  it('a timeline file that fails to load can be loaded again with Try again', async () => {
    const page = await freshPage(DESKTOP, { serviceWorkers: 'block' });
    await page.route('**/*.timeline*.json', (r) => r.fulfill({ status: 503, body: '' }));
    await openApp(page, '?lang=ar');
    const timeline = page.getByRole('complementary', { name: 'الخط الزمني' });
    await expect
      .poll(() => timeline.getByRole('alert').textContent())
      .toContain('تعذّر تحميل ملف الخط الزمني');
    await page.unrouteAll();
    await timeline.getByRole('button', { name: 'أعد المحاولة' }).click();
    await timeline.getByRole('button', { name: /^19 يناير/ }).waitFor();
    await expect
      .poll(() => page.locator('#article [data-event-passage]').count())
      .toBeGreaterThan(0);
  });
});

describe('timeline screenshots and accessibility', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`saves a ${lang} desktop screenshot with the toll event current`, async () => {
      const page = await freshPage();
      const timeline = await openReader(page, lang);
      await page.evaluate(() => document.fonts.ready);
      await scrollTopTo(page, await passageWith(page, CASUALTY_TEXT), 0.25);
      await expect
        .poll(() => timeline.locator('button[aria-current="true"]').getAttribute('data-event-id'))
        .toBe('casualty-toll');
      // The axis runs down the inline-start side: the right in Arabic, the left in English.
      const side = await timeline
        .locator('li', { has: page.locator('[data-event-id="casualty-toll"]') })
        .evaluate((li) => {
          const dot = getComputedStyle(li, '::after');
          const box = li.getBoundingClientRect();
          const left = parseFloat(dot.left);
          return left < box.width / 2 ? 'left' : 'right';
        });
      expect(side).toBe(lang === 'ar' ? 'right' : 'left');
      await screenshot(page, `timeline-${lang}-desktop`);
    });

    it(`axe finds no serious or critical violations with the ${lang} drawer open on a phone`, async () => {
      const page = await freshPage(PHONE);
      await openReader(page, lang);
      await page.getByRole('button', { name: UI[lang].show }).click();
      await page.getByRole('complementary', { name: UI[lang].timeline }).waitFor();
      const serious = (await axeViolations(page)).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious).toEqual([]);
    });

    it(`axe finds no serious or critical violations with a ${lang} note editor open`, async () => {
      const page = await freshPage();
      await openReader(page, lang);
      const text = await canonicalText(page);
      const quote = 'تم رفع حالة الطوارئ';
      const start = text.indexOf(quote);
      await selectOffsets(page, start, start + quote.length);
      await page
        .getByRole('toolbar', { name: lang === 'ar' ? 'إجراءات التحديد' : 'Selection actions' })
        .waitFor();
      await page.keyboard.press('n');
      await page.getByRole('textbox', { name: lang === 'ar' ? 'ملاحظة' : 'Note' }).waitFor();
      const serious = (await axeViolations(page)).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious).toEqual([]);
    });
  }
});
