import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_PATH } from '../chromium';
import { SCREENSHOT_DIR } from '../browser';
import { WebKitSession, type ActionSource } from './webkit';

/** The three engines the journeys run in. */
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
/** One of {@link ENGINES}. */
export type EngineName = (typeof ENGINES)[number];

/** Debian's Firefox ESR, or the one named by FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A key the journeys press, by its DOM `key` name. */
export type Key = 'Control' | 'Shift' | 'Alt' | 'Enter' | 'Escape' | 'ArrowLeft' | 'Tab' | string;

/** W3C WebDriver's code points for the keys that are not characters. */
const WEBDRIVER_KEYS: Record<string, string> = {
  Control: '\uE009',
  Shift: '\uE008',
  Alt: '\uE00A',
  Enter: '\uE007',
  Escape: '\uE00C',
  ArrowLeft: '\uE012',
  Tab: '\uE004',
};

/**
 * One page in one engine, reduced to what a reader does: go to a URL, reload, point, click,
 * drag, press keys, type; plus running a script in the page and a screenshot. Elements are
 * found by scripts in the page (by role and name there), and the pointer goes to the
 * coordinates they return, the same way in every engine.
 */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function body in the page (`arguments` holds args) and returns its JSON result. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  click(x: number, y: number): Promise<void>;
  drag(from: [number, number], to: [number, number]): Promise<void>;
  /** Presses the keys together (modifiers first), then lets them go. */
  press(...keys: Key[]): Promise<void>;
  /** Types text into whatever has focus. */
  type(text: string): Promise<void>;
  /** Gives a file to the first `input[type=file]` matching `css`, as the file picker does. */
  upload(css: string, path: string): Promise<void>;
  /** Errors the page logged or threw since the engine started; null where the engine's
   * driver cannot tell (W3C WebDriver has no console log). */
  consoleErrors(): string[] | null;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Starts `engine` with a fresh profile and one page at the given viewport. */
export async function openEngine(
  engine: EngineName,
  width = 1366,
  height = 900,
): Promise<EnginePage> {
  if (engine === 'webkit') return webKitPage(await WebKitSession.start(width, height));
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? {
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          // An Arabic-speaking reader's browser, as in the Chromium journeys.
          extraPrefsFirefox: { 'intl.accept_languages': 'ar-EG, ar' },
        }
      : {
          browser: 'chrome',
          executablePath: CHROMIUM_PATH,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=ar-EG'],
        },
  );
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width, height });
  return puppeteerPage(engine, browser, page);
}

function puppeteerPage(engine: EngineName, browser: Browser, page: Page): EnginePage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    engine,
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    run: <T>(body: string, ...args: unknown[]) =>
      page.evaluate(`(function () { ${body} }).apply(null, ${JSON.stringify(args)})`) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    drag: async ([x1, y1], [x2, y2]) => {
      await page.mouse.move(x1, y1);
      await page.mouse.down();
      await page.mouse.move(x2, y2, { steps: 8 });
      await page.mouse.up();
    },
    press: async (...keys) => {
      for (const key of keys) await page.keyboard.down(key as never);
      for (const key of [...keys].reverse()) await page.keyboard.up(key as never);
    },
    type: (text) => page.keyboard.type(text),
    upload: async (css, path) => {
      const input = await page.$(css);
      if (!input) throw new Error(`no ${css}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    consoleErrors: () => [...errors],
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close: () => browser.close(),
  };
}

function webKitPage(session: WebKitSession): EnginePage {
  const pointer = (actions: Record<string, unknown>[]): ActionSource => ({
    type: 'pointer',
    id: 'mouse',
    parameters: { pointerType: 'mouse' },
    actions,
  });
  const at = (x: number, y: number, duration = 0) => ({
    type: 'pointerMove',
    origin: 'viewport',
    x: Math.round(x),
    y: Math.round(y),
    duration,
  });
  return {
    engine: 'webkit',
    goto: (url) => session.goto(url),
    reload: () => session.reload(),
    run: (body, ...args) => session.execute(body, ...args),
    click: (x, y) =>
      session.actions([
        pointer([at(x, y), { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]),
      ]),
    drag: ([x1, y1], [x2, y2]) =>
      session.actions([
        pointer([
          at(x1, y1),
          { type: 'pointerDown', button: 0 },
          at((x1 + x2) / 2, (y1 + y2) / 2, 100),
          at(x2, y2, 100),
          { type: 'pointerUp', button: 0 },
        ]),
      ]),
    press: (...keys) => {
      const codes = keys.map((key) => WEBDRIVER_KEYS[key] ?? key);
      return session.actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            ...codes.map((value) => ({ type: 'keyDown', value })),
            ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
          ],
        },
      ]);
    },
    type: (text) =>
      session.actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ]),
    upload: async (css, path) => session.type(await session.find(css), path),
    consoleErrors: () => null,
    setViewport: (width, height) => session.setViewport(width, height),
    screenshot: () => session.screenshot(),
    close: () => session.close(),
  };
}

/**
 * Waits until the app is up and settled: the article is on screen, its web fonts have loaded
 * and two frames have passed. The one place that says what "ready" means, so a ready signal
 * from the app (a `data-ready` attribute, say) needs changing only here.
 */
export async function waitForApp(page: EnginePage, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ready = await page
      .run<boolean>(
        `return !!document.querySelector('article [data-block]') &&
          document.fonts.status === 'loaded' && document.readyState === 'complete'`,
      )
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${page.engine}: the app did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // The lazily loaded parts (dates, timeline passages, the store) re-render blocks after the
  // first paint; a short quiet spell lets them land before the journey acts.
  await new Promise((r) => setTimeout(r, 800));
}

/** Polls `check` until it returns true, or throws with `what` after `timeout` ms. */
export async function until(
  what: string,
  check: () => Promise<boolean>,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Saves a PNG of the viewport under the screenshots folder, named after the engine. */
export async function engineScreenshot(page: EnginePage, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/${page.engine}-${name}.png`, await page.screenshot());
}
