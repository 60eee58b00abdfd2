/**
 * A long document in real Chromium: a 1 MB Arabic report (`tests/long-document.ts`, about
 * 3,100 blocks) added to the library through the app's document repository, opened at its
 * address (`?doc=<id>`), beside the built-in article's text stored the same way. For each: the
 * time from the store answering (the app's `qari:document-loaded` mark) to its first screen
 * painted, the longest main-thread task while it opens and after that until it has settled
 * (the rest of its blocks drawn, its dates found), and the longest task while a script
 * scrolls through the whole document a screen per frame; and the built-in article itself
 * (prerendered) scrolled the same way. Warm: the app's files come from the HTTP cache and the
 * service worker. Builds dist/ first when missing.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { ArticleDocument } from '../../src/document/article-document';
import { BUILT_IN_DOCUMENT_ID } from '../../src/document/built-in-document';
import { addDocument } from '../../tests/e2e/add-document';
import { launchBrowser } from '../../tests/e2e/chromium';
import { builtInAsAdded, longArabicDocument } from '../../tests/long-document';
import { seedArticle } from '../../tests/seed-article';
import { median } from '../median';
import { serveDistCopy } from '../serve-dist';
import { NAME_SHIM } from './browser';

const RUNS = 3;
/** The goals of issue 12, for the 1 MB document. */
const FIRST_SCREEN_GOAL = 500;
const LONGEST_TASK_GOAL = 50;

/**
 * In the page: long tasks, and when the document titled `__benchTitle` is first painted after
 * the store answered with it (the frame after the commit that put its headline and blocks in).
 */
const PROBE = {
  content: `
globalThis.__bench = { longTasks: [], painted: NaN };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
new MutationObserver((_, observer) => {
  if (!globalThis.__benchTitle) return;
  const headline = document.getElementById('article-headline');
  if (headline?.textContent !== globalThis.__benchTitle) return;
  if (!document.querySelector('#article [data-block]')) return;
  observer.disconnect();
  requestAnimationFrame(() => {
    const painted = new MessageChannel();
    painted.port1.onmessage = () => (__bench.painted = performance.now());
    painted.port2.postMessage(null);
  });
}).observe(document, { subtree: true, childList: true, characterData: true });
`,
};

/** What {@link PROBE} keeps in the page. */
interface Probed {
  __bench: { longTasks: [number, number][]; painted: number };
}

interface Run {
  /** From the store's answer to the first screen painted; NaN for the prerendered built-in. */
  firstScreen: number;
  /** The longest task from the navigation to the first screen painted (0: none ≥ 50 ms). */
  longestOpening: number;
  /** The longest task after that until the scroll starts (the rest drawn, dates found…). */
  longestSettling: number;
  longestScroll: number;
  /** Screens scrolled. */
  screens: number;
}

/** Opens `?doc=<id>` in a new page of `context`, waits for it to settle, scrolls it through. */
async function openAndScroll(
  context: BrowserContext,
  url: string,
  id: string,
  title: string,
  stored: boolean,
): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(`globalThis.__benchTitle = ${JSON.stringify(title)};`);
  await page.goto(`${url}?doc=${encodeURIComponent(id)}`);
  await page.waitForFunction(
    () => !Number.isNaN((globalThis as never as Probed).__bench.painted),
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForFunction(
    () => performance.getEntriesByName('qari:annotations-ready').length > 0,
    null,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  // Late parts (dates, the timeline, the find index) settle before the reader scrolls.
  await page.waitForTimeout(1000);
  const opened = await page.evaluate((id) => {
    const loaded = performance
      .getEntriesByName('qari:document-loaded')
      .find((e) => (e as PerformanceMark).detail?.id === id);
    return {
      loaded: loaded?.startTime ?? NaN,
      painted: (globalThis as never as Probed).__bench.painted,
    };
  }, id);
  const scroll = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const from = performance.now();
    let screens = 0;
    const bottom = () => document.documentElement.scrollHeight - innerHeight - 1;
    while (scrollY < bottom()) {
      scrollBy(0, innerHeight);
      screens++;
      await frame();
    }
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { from, to: performance.now(), screens };
  });
  const longTasks = await page.evaluate(() => (globalThis as never as Probed).__bench.longTasks);
  await page.close();
  const longest = (from: number, to: number) =>
    Math.max(0, ...longTasks.filter(([start]) => start >= from && start < to).map(([, d]) => d));
  return {
    firstScreen: stored ? opened.painted - opened.loaded : NaN,
    longestOpening: longest(0, opened.painted),
    longestSettling: longest(opened.painted, scroll.from),
    longestScroll: longest(scroll.from, scroll.to),
    screens: scroll.screens,
  };
}

async function measure(
  browser: Browser,
  url: string,
  docs: readonly ArticleDocument[],
  builtInTitle: string,
) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(PROBE);
  try {
    // The library opens the store's tables; its visit also fills the caches (warm loads).
    const library = await context.newPage();
    await library.goto(`${url}?library`);
    await library.locator('#root[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await library.getByRole('list').first().waitFor({ timeout: 30_000 });
    await library.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    for (const doc of docs) await addDocument(library, doc);
    await library.close();
    const rows: { label: string; blocks: number; bytes: number; runs: Run[] }[] = [];
    const utf8 = new TextEncoder();
    for (const doc of docs) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await openAndScroll(context, url, doc.meta.id, doc.meta.title, true));
      rows.push({
        label: doc.meta.id,
        blocks: doc.blocks.length,
        bytes: utf8.encode(doc.text).length,
        runs,
      });
    }
    const builtIn: Run[] = [];
    for (let i = 0; i < RUNS; i++)
      builtIn.push(await openAndScroll(context, url, BUILT_IN_DOCUMENT_ID, builtInTitle, false));
    return { rows, builtIn };
  } finally {
    await context.close();
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const task = (n: number) => (n > 0 ? ms(n) : 'none ≥ 50 ms');
const goal = (met: boolean) => (met ? 'met' : 'MISSED');

export async function run(): Promise<void> {
  const served = await serveDistCopy();
  const browser = await launchBrowser();
  const long = longArabicDocument();
  const copy = builtInAsAdded();
  try {
    const { rows, builtIn } = await measure(
      browser,
      served.url,
      [copy, long],
      seedArticle().meta.title,
    );
    console.log(
      `long document (warm, service worker), medians of ${RUNS}, desktop 1366×900, localhost; ` +
        'scrolled a screen per frame from top to bottom:',
    );
    for (const row of rows) {
      const isLong = row.label === long.meta.id;
      const first = median(row.runs.map((r) => r.firstScreen));
      const opening = median(row.runs.map((r) => r.longestOpening));
      const settling = median(row.runs.map((r) => r.longestSettling));
      const scroll = median(row.runs.map((r) => r.longestScroll));
      const name = isLong ? '1 MB Arabic document' : 'built-in article, stored as added';
      console.log(
        `${name} (${row.blocks.toLocaleString('en')} blocks, ` +
          `${(row.bytes / 1000).toFixed(0)} kB): store answered → first screen painted ${ms(first)}` +
          `${isLong ? ` (goal ≤ ${FIRST_SCREEN_GOAL} ms: ${goal(first <= FIRST_SCREEN_GOAL)})` : ''}, ` +
          `longest task opening ${task(opening)}, then until settled ${task(settling)}, ` +
          `longest task scrolling ${row.runs[0]?.screens ?? 0} screens ${task(scroll)}` +
          `${isLong ? ` (goal < ${LONGEST_TASK_GOAL} ms: ${goal(scroll === 0)})` : ''}`,
      );
    }
    console.log(
      `built-in article (prerendered, its own address): longest task opening ` +
        `${task(median(builtIn.map((r) => r.longestOpening)))}, then until settled ` +
        `${task(median(builtIn.map((r) => r.longestSettling)))}, longest task scrolling ` +
        `${builtIn[0]?.screens ?? 0} screens ${task(median(builtIn.map((r) => r.longestScroll)))}`,
    );
  } finally {
    await browser.close();
    await served.close();
  }
}
