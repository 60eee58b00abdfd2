/**
 * The main journeys in Chromium, Firefox and WebKit (issue 16): open the article, highlight
 * and note by mouse and by keyboard, reload, find in Arabic, activate a timeline event, export
 * and import, reload offline; with screenshots in Arabic and English, desktop and phone. The
 * full set of journeys runs in Chromium only (`tests/e2e/*.test.ts`); these are the ones a
 * reader on another engine cannot do without.
 *
 * One browser per engine, its journeys in order: each starts a fresh profile (a new browser),
 * which costs seconds in WebKit, so the highlight, note, reload and export steps build on one
 * another the way a reader's session does. What an engine cannot do is in the README
 * ("Browser engines").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ENGINES,
  engineScreenshot,
  openEngine,
  until,
  waitForApp,
  type EnginePage,
} from './engine';
import { clickOn, highlightQuotes, quoteEnds, selectedText, shows } from './page-dom';

const app = (query = '') => `${inject('baseUrl')}${query}`;

/** Highlighted by mouse (the Chromium highlight journey's sentence). */
const BY_MOUSE = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';
/** Found, highlighted and noted by keyboard. */
const BY_KEYBOARD = 'تكثيف النشاط';

const DESKTOP = [1366, 900] as const;
const PHONE = [375, 740] as const;

describe.each(ENGINES)('main journeys in %s', (engine) => {
  let page: EnginePage;
  let exported = '';

  beforeAll(async () => {
    page = await openEngine(engine, ...DESKTOP);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('opens the article right to left in the shipped Arabic font, in Arabic and English, on desktop and phone', async () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const [width, height, name] of [
        [...DESKTOP, 'desktop'],
        [...PHONE, 'phone'],
      ] as const) {
        await page.setViewport(width, height);
        await page.goto(app(`?lang=${lang}`));
        await waitForApp(page);
        const state = await page.run<{ dir: string; lang: string; blocks: number; font: boolean }>(
          `const article = document.getElementById('article');
           return { dir: article.closest('[dir]').getAttribute('dir'),
             lang: article.closest('[lang]').getAttribute('lang'),
             blocks: article.querySelectorAll('[data-block]').length,
             font: document.fonts.check('16px "Noto Naskh Arabic"', 'زاس') }`,
        );
        expect(state).toEqual({ dir: 'rtl', lang: 'ar', blocks: 23, font: true });
        await engineScreenshot(page, `article-${lang}-${name}`);
      }
    }
    await page.setViewport(...DESKTOP);
  });

  it('highlights a sentence selected by mouse and adds a note to it', async () => {
    await page.goto(app('?lang=en'));
    await waitForApp(page);
    const [from, to] = await quoteEnds(page, BY_MOUSE);
    await page.drag(from, to);
    await until('the selection toolbar', () =>
      shows(page, '[role="toolbar"][aria-label="Selection actions"]'),
    );
    await engineScreenshot(page, 'toolbar-en-desktop');
    await clickOn(page, '[role="toolbar"] button', 'Green');
    await until('the highlight', async () => (await highlightQuotes(page)).includes(BY_MOUSE));
    await clickOn(page, '#article mark.highlight[data-starts]');
    await clickOn(page, 'textarea', 'Note');
    await page.type('استقرار بعد أسبوع');
    await until('the note saved', () => shows(page, '.note-editor__status', 'Saved'));
  });

  it('finds an Arabic phrase, then highlights and notes it by keyboard alone', async () => {
    await page.run(`document.getSelection()?.removeAllRanges(); document.activeElement?.blur()`);
    await page.press('Control', 'f');
    await until('the find box', () =>
      page.run<boolean>(`return document.activeElement?.getAttribute('type') === 'search'`),
    );
    await page.type(BY_KEYBOARD);
    await until('one hit', () => shows(page, '[role="search"] [role="status"]', '1 of 1'));
    await engineScreenshot(page, 'find-en-desktop');
    await page.press('Escape');
    await until('the hit selected', async () => (await selectedText(page)) === BY_KEYBOARD);
    await until('the selection toolbar', () =>
      shows(page, '[role="toolbar"][aria-label="Selection actions"]'),
    );
    await page.press('n');
    await until('the note box focused', () =>
      page.run<boolean>(`return document.activeElement?.tagName === 'TEXTAREA'`),
    );
    await page.type('نشاط الناتو');
    await until('the note saved', () => shows(page, '.note-editor__status', 'Saved'));
    expect(await highlightQuotes(page)).toEqual(expect.arrayContaining([BY_KEYBOARD]));
  });

  it('keeps both highlights and both notes after a reload', async () => {
    await page.reload();
    await waitForApp(page);
    await until('both highlights', async () => (await highlightQuotes(page)).length === 2);
    expect((await highlightQuotes(page)).sort()).toEqual([BY_MOUSE, BY_KEYBOARD].sort());
    await until(
      'both notes',
      async () =>
        (await shows(page, 'aside', 'استقرار بعد أسبوع')) && shows(page, 'aside', 'نشاط الناتو'),
    );
    await engineScreenshot(page, 'highlights-en-desktop');
    // Nothing went wrong on the way (WebKit's driver cannot read its console: null).
    expect(page.consoleErrors() ?? []).toEqual([]);
  });

  it('activating a timeline event brings its passage into view and focus', async () => {
    await page.goto(app('?lang=ar'));
    await waitForApp(page);
    await clickOn(page, '#timeline button', '19 يناير');
    await until('the passage focused', () =>
      page.run<boolean>(
        `const passage = document.activeElement?.closest('[id^="passage-"]');
         if (!passage || !passage.textContent.includes('19 يناير')) return false;
         const top = passage.getBoundingClientRect().top;
         return top >= 0 && top < innerHeight;`,
      ),
    );
    await engineScreenshot(page, 'timeline-ar-desktop');
  });

  it('exports the notes as JSON-LD and imports them into a fresh profile', async () => {
    await page.goto(app('?lang=en'));
    await waitForApp(page);
    // The file the download would save: read from the Blob the app hands to the download
    // (a WebDriver client cannot reach the downloads folder).
    await page.run(
      `const create = URL.createObjectURL;
       URL.createObjectURL = (blob) => { window.exportedBlob = blob; return create(blob); };`,
    );
    await clickOn(page, 'button[aria-haspopup="menu"]', 'Export');
    await clickOn(page, '[role="menuitem"]', 'JSON-LD');
    await until('the export', () => page.run<boolean>(`return !!window.exportedBlob`));
    exported = await page.run<string>(`return window.exportedBlob.text()`);
    expect(exported).toContain(BY_MOUSE);

    const file = join(mkdtempSync(join(tmpdir(), 'qari-')), 'qari-notes.jsonld');
    writeFileSync(file, exported);
    const fresh = await openEngine(engine, ...DESKTOP);
    try {
      await fresh.goto(app('?lang=en'));
      await waitForApp(fresh);
      // The notes panel (and its import control) renders once the store has opened.
      await until('the import control', () =>
        fresh.run<boolean>(`return !!document.querySelector('input[type="file"]')`),
      );
      await fresh.upload('input[type="file"]', file);
      await until('the import preview', () => shows(fresh, '[role="dialog"]', 'Import notes'));
      await engineScreenshot(fresh, 'import-preview-en-desktop');
      await clickOn(fresh, '[role="dialog"] button', 'Apply');
      await until(
        'both highlights imported',
        async () => (await highlightQuotes(fresh)).length === 2,
      );
    } finally {
      await fresh.close();
    }
  });

  it('reloads the article offline from the service worker', async () => {
    // Its own server, so that it can be stopped: the shared one serves the other journeys.
    const server = await preview({
      base: '/reader/',
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    try {
      await page.goto(`http://127.0.0.1:${address.port}/reader/?lang=en`);
      await waitForApp(page);
      // `ready` resolves once the worker has precached everything; a reload then puts the
      // page under its control.
      await until(
        'the service worker ready',
        () => page.run<boolean>(`return navigator.serviceWorker.ready.then(() => true)`),
        30_000,
      );
      await page.reload();
      await waitForApp(page);
      await until('the service worker in control', () =>
        page.run<boolean>(`return navigator.serviceWorker.controller?.state === 'activated'`),
      );
    } finally {
      await server.close();
    }
    await page.reload();
    await waitForApp(page);
    expect(await shows(page, '#article', 'ستانيسلاف زاس')).toBe(true);
    await engineScreenshot(page, 'offline-en-desktop');
  });

  it('lists the library, the built-in article first, in Arabic and English, on desktop and phone', async () => {
    for (const [lang, heading, article] of [
      ['ar', 'المكتبة', 'زاس'],
      ['en', 'Library', 'Zas'],
    ] as const) {
      for (const [width, height, name] of [
        [...DESKTOP, 'desktop'],
        [...PHONE, 'phone'],
      ] as const) {
        await page.setViewport(width, height);
        await page.goto(app(`?library&lang=${lang}`));
        await until('the library listed', () =>
          page.run<boolean>(
            `const list = document.querySelector('main ul');
             return document.querySelector('h1')?.textContent === arguments[0] &&
               !!list && list.textContent.includes(arguments[1])`,
            heading,
            article,
          ),
        );
        await engineScreenshot(page, `library-${lang}-${name}`);
      }
    }
    await page.setViewport(...DESKTOP);
  });
});
