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
import { waitForArticleSettled } from './article-dom';

const browser = sharedBrowser();

describe('the reader in Chromium', () => {
  it('renders every block of the article right to left, served from a path prefix', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    const article = page.getByRole('article');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('[data-block]').count()).toBe(23);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['فريق الاستجابة للأزمات', 'توسّع منظمة معاهدة الأمن الجماعي']),
    );
    // The self-hosted Arabic face is the one in use, not a system fallback.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Naskh Arabic"', 'زاس');
    });
    expect(fontOk).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the article and its fonts once each, preloaded by the page, with no wasted preload', async () => {
    const context = await newContext(browser(), DESKTOP, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop() ?? '';
      if (/\.(txt|json|woff2)$/u.test(file)) fetched.push(file.replace(/-[\w-]{8}\./u, '.'));
    });
    page.on('console', (m) => {
      if (/preload/iu.test(m.text())) warnings.push(m.text());
    });
    await openApp(page);
    const preloaded = await page
      .locator('link[rel="preload"]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('as')} ${l.getAttribute('href')}`),
      );
    expect(preloaded).toEqual([
      // Fonts first: the first paint waits for them; the files only for hydration.
      expect.stringMatching(/^font .*arabic-400-normal-.*\.woff2$/u),
      expect.stringMatching(/^font .*arabic-700-normal-.*\.woff2$/u),
      expect.stringMatching(/^fetch .*csto-zas-2022-02-09\.ar-.*\.txt$/u),
      expect.stringMatching(/^fetch .*csto-zas-2022-02-09\.meta-.*\.json$/u),
      expect.stringMatching(/^fetch .*csto-zas-2022-02-09\.timeline-.*\.json$/u),
    ]);
    // Chromium warns about a preload left unused or fetched a second time with other credentials.
    await page.waitForTimeout(3500);
    expect(warnings).toEqual([]);
    for (const file of new Set(fetched))
      expect(
        fetched.filter((f) => f === file),
        file,
      ).toHaveLength(1);
    expect(fetched).toEqual(
      expect.arrayContaining([
        'csto-zas-2022-02-09.ar.txt',
        'csto-zas-2022-02-09.meta.json',
        'csto-zas-2022-02-09.timeline.json',
        'noto-naskh-arabic-arabic-400-normal.woff2',
        'noto-naskh-arabic-arabic-700-normal.woff2',
      ]),
    );
    await context.close();
  });

  it('keeps the article measure near 60–75 characters a line', async () => {
    const context = await newContext(browser(), { width: 1920, height: 1000 });
    const page = await context.newPage();
    await openApp(page);
    const perLine = await page.locator('#b3').evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return (p.textContent ?? '').length / lines;
    });
    expect(perLine).toBeGreaterThan(55);
    expect(perLine).toBeLessThan(80);
    await context.close();
  });

  it('switches language, mirrors the layout and remembers the choice', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page);
    const timelineX = () =>
      page
        .getByRole('complementary', { name: /Timeline|الخط الزمني/ })
        .evaluate((el) => el.getBoundingClientRect().x);
    const notesX = () =>
      page
        .getByRole('complementary', { name: /Notes|الملاحظات/ })
        .evaluate((el) => el.getBoundingClientRect().x);
    // Arabic: timeline at the inline start, which is the right.
    expect(await timelineX()).toBeGreaterThan(await notesX());
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
    // English is fetched on first use, so the switch completes a moment later.
    await expect
      .poll(() =>
        page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      )
      .toEqual(['en', 'ltr']);
    expect(await timelineX()).toBeLessThan(await notesX());
    expect(await page.getByRole('article').getAttribute('dir')).toBe('rtl');
    await page.reload();
    await appReady(page);
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    await context.close();
  });

  it('keeps reading settings across a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    const fontSize = () =>
      page.locator('#b1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await fontSize();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const size = page.getByRole('slider', { name: 'Text size' });
    await size.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Compact' }).check();
    await page.keyboard.press('Escape');
    expect(await fontSize()).toBeGreaterThan(before);
    await page.reload();
    await appReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await fontSize()).toBeGreaterThan(before);
    await context.close();
  });

  it('follows the system colour scheme on a first visit', async () => {
    const context = await newContext(browser(), DESKTOP, { colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });
});

describe('phone width', () => {
  for (const width of [375, 320]) {
    it(`has no horizontal scrolling at ${width} px and opens the sidebars as drawers`, async () => {
      const context = await newContext(browser(), { width, height: 740 });
      const page = await context.newPage();
      await openApp(page, '?lang=en');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const notes = page.getByRole('complementary', { name: 'Notes' });
      expect(await notes.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Show notes' }).click();
      expect(await notes.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await notes.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Show timeline' }).click();
      expect(await page.getByRole('complementary', { name: 'Timeline' }).isVisible()).toBe(true);
      await context.close();
    });
  }
});

describe('accessibility and screenshots', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`axe finds no serious or critical violations in ${lang}, in every theme`, async () => {
      const context = await newContext(browser());
      const page = await context.newPage();
      await openApp(page, `?lang=${lang}`);
      for (const theme of ['light', 'sepia', 'dark']) {
        await page.evaluate((t) => {
          localStorage.setItem(
            'qari.readingSettings',
            JSON.stringify({ textSize: 3, lineSpacing: 'normal', theme: t }),
          );
        }, theme);
        await page.reload();
        await appReady(page);
        await waitForArticleSettled(page);
        const serious = (await axeViolations(page)).filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        expect(serious, `${lang}/${theme}`).toEqual([]);
      }
      await context.close();
    });

    for (const [device, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`saves a ${lang} ${device} screenshot`, async () => {
        const context = await newContext(browser(), viewport);
        const page = await context.newPage();
        await openApp(page, `?lang=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `reader-${lang}-${device}`);
        await context.close();
      });
    }
  }
});
