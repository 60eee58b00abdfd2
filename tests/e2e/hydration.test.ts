import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, appReady, newContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Console errors and warnings, and uncaught errors, from the moment the page starts. */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** What the page looks like before any script of the app has run: the HTML the server sent. */
async function servedHtml(page: Page): Promise<string> {
  const response = await page.request.get(appUrl());
  return response.text();
}

describe('the prerendered page', () => {
  it('arrives with the header, the article and the timeline in its HTML', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const html = await servedHtml(page);
    expect(html).toMatch(/<header class="app-header"/u);
    expect(html).toMatch(/<article[^>]*lang="ar"[^>]*dir="rtl"/u);
    expect(html).toMatch(/<aside id="timeline"/u);
    // The article's last paragraph and an event of the timeline are there, not only its top.
    expect(html).toContain('data-block="');
    expect(html).toMatch(/data-event-id="/u);
  });

  for (const [language, query] of [
    ['Arabic', ''],
    ['English', '?lang=en'],
  ] as const) {
    it(`hydrates with no hydration warning or error in the ${language} UI`, async () => {
      const context = await newContext(browser());
      // The prerendered article element, kept from the moment the parser makes it.
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const article = document.getElementById('article');
          if (!article) return;
          observer.disconnect();
          (window as unknown as { served: Element }).served = article;
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.goto(appUrl(query));
      await appReady(page);
      await page.waitForLoadState('networkidle');
      // A store read and its highlights arriving after hydration must not disturb it either.
      await page.reload();
      await appReady(page);
      await page.waitForLoadState('networkidle');
      expect(problems.filter((p) => /hydrat|did not match|server/iu.test(p))).toEqual([]);
      expect(problems).toEqual([]);
      // Arabic hydrates the served article in place; English renders afresh over it.
      const kept = await page.evaluate(
        () =>
          (window as unknown as { served: Element }).served === document.getElementById('article'),
      );
      expect(kept).toBe(language === 'Arabic');
      expect(await page.locator('html').getAttribute('lang')).toBe(
        language === 'English' ? 'en' : 'ar',
      );
      await expect
        .poll(() => page.getByRole('banner').innerText())
        .toContain(language === 'English' ? 'Reading settings' : 'إعدادات القراءة');
    });
  }

  it('applies the stored language, theme and text size before the first paint', async () => {
    const context = await newContext(browser(), undefined, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(appUrl());
    await appReady(page);
    await page.evaluate(() => {
      localStorage.setItem('qari.language', '"en"');
      localStorage.setItem(
        'qari.readingSettings',
        JSON.stringify({ theme: 'dark', textSize: 5, lineSpacing: 'relaxed' }),
      );
    });
    // What the first paint shows: read in the first animation frame after the parser has made
    // the prerendered header (frames wait for the stylesheets), before the app's scripts run
    // (they start a frame after the document is parsed).
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const header = document.querySelector('.app-header');
        const article = document.getElementById('article');
        if (!header || !article) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const root = document.documentElement;
          (window as unknown as { firstPaint: unknown }).firstPaint = {
            lang: root.lang,
            dir: root.dir,
            theme: root.dataset.theme,
            fontSize: root.style.getPropertyValue('--article-font-size'),
            headerVisibility: getComputedStyle(header).visibility,
            articleVisibility: getComputedStyle(article).visibility,
            ready: document.getElementById('root')?.hasAttribute('data-ready'),
          };
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await appReady(page);
    const seen = await page.evaluate(
      () => (window as unknown as { firstPaint: unknown }).firstPaint,
    );
    expect(seen).toEqual({
      lang: 'en',
      dir: 'ltr',
      theme: 'dark',
      fontSize: '1.75rem',
      // The prerendered Arabic header words wait for the English ones; the article does not.
      headerVisibility: 'hidden',
      articleVisibility: 'visible',
      ready: false,
    });
    expect(await page.getByRole('banner').evaluate((h) => getComputedStyle(h).visibility)).toBe(
      'visible',
    );
    expect(await page.getByRole('banner').innerText()).toContain('Reading settings');
  });
});
