import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser } from './chromium';

/** Where journeys save screenshots (git-ignored). */
export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * One Chromium for the test file that calls this (at its top level): launched before its
 * tests, closed after. Every context a test opens is closed after it, even when it fails (a
 * failed throttled or two-tab test would otherwise keep its pages busy under the next tests).
 * Returns a getter, as the browser exists only once they start.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    return browser;
  };
}

/** The URL of the built app under test, with an optional query and fragment. */
export function appUrl(query = '', hash = ''): string {
  return `${inject('baseUrl')}${query}${hash}`;
}

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 375, height: 740 };

/** A fresh profile (empty storage) at the given viewport. */
export function newContext(
  browser: Browser,
  viewport = DESKTOP,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  // An Arabic-speaking reader's browser unless a test says otherwise.
  return browser.newContext({ viewport, locale: 'ar-EG', ...options });
}

/**
 * Waits until the app says it is up (`data-ready` on `#root`, set once it has hydrated or
 * rendered). The prerendered article is on screen well before: it does not mean the app works.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
}

/** Opens the app and waits until it is ready and has settled. */
export async function openApp(page: Page, query = '', hash = ''): Promise<void> {
  await page.goto(appUrl(query, hash));
  await appReady(page);
  // Text moves when the web font swaps in, and blocks re-render when the lazily loaded parts
  // (dates, timeline passages, the store) arrive: act only once the page has settled.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void document.fonts.ready.then(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/** Saves a screenshot under {@link SCREENSHOT_DIR}. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (through the debugger, so the page's CSP does not apply). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
