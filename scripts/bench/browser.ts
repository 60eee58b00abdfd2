/**
 * The app in real Chromium (Debian's, or CHROMIUM_PATH): time to first paint and to the
 * article and its annotations being ready, with 0 and 1,000 stored annotations; a
 * highlight's creation to paint; JS heap with 1,000 annotations; and the same first paint of
 * the plain article as a static HTML page, for the ratio. Builds dist/ first when missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';

const RUNS = 5;
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/**
 * tsx compiles with esbuild's keepNames, which wraps functions in a `__name(...)` helper that
 * does not exist in the page where page.evaluate runs them.
 */
const NAME_SHIM = { content: 'globalThis.__name = (f) => f;' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Timings {
  firstPaint: number;
  article: number;
  ready: number;
}

async function timings(page: Page): Promise<Timings> {
  await page.waitForFunction(
    () => performance.getEntriesByName('qari:annotations-ready').length > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      firstPaint: at('first-contentful-paint'),
      article: at('qari:article-rendered'),
      ready: at('qari:annotations-ready'),
    };
  });
}

/** 1,000 stored annotations on word-aligned ranges of the article, written straight to IndexedDB. */
async function seedAnnotations(page: Page, count: number): Promise<void> {
  const { parseArticle } = await import('../../src/article/parse-article');
  const { describe } = await import('../../src/anchoring/describe');
  const seeds = join(process.cwd(), 'seeds');
  const parsed = parseArticle(
    readFileSync(join(seeds, 'csto-zas-2022-02-09.ar.txt'), 'utf8'),
    JSON.parse(readFileSync(join(seeds, 'csto-zas-2022-02-09.meta.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('seed does not parse');
  const doc = parsed.document;
  const words = [...doc.text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const records = Array.from({ length: count }, (_, i) => {
    const first = (i * 7919) % (words.length - 12);
    const last = first + (i % 9);
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: crypto.randomUUID(),
      documentId: doc.meta.id,
      target: describe({ start: words[first]!.start, end: words[last]!.end }, doc.text),
      color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5],
      note: i % 3 === 0 ? `ملاحظة رقم ${i}` : '',
      tags: i % 4 === 0 ? ['معيار'] : [],
      created: time,
      modified: time,
      deleted: null,
    };
  });
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('qari');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('annotations', 'readwrite');
    for (const r of records) tx.objectStore('annotations').put(r);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
}

async function measureApp(browser: Browser, url: string, annotations: number) {
  const runs: (Timings & { heap: number })[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'ar-EG',
    });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    await page.goto(url);
    await timings(page);
    if (annotations > 0) await seedAnnotations(page, annotations);
    // Measure a fresh load (the first visit also installed the service worker).
    await page.goto(url);
    const t = await timings(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    runs.push({ ...t, heap });
    await context.close();
  }
  return {
    firstPaint: median(runs.map((r) => r.firstPaint)),
    article: median(runs.map((r) => r.article)),
    ready: median(runs.map((r) => r.ready)),
    heap: median(runs.map((r) => r.heap)),
  };
}

async function measureHighlight(browser: Browser, url: string): Promise<number> {
  const samples: number[] = [];
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'ar-EG',
  });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  await page.goto(url);
  await timings(page);
  for (let i = 0; i < RUNS; i++) {
    // Select words at the start of a fresh paragraph through the Selection API, as a drag would.
    await page.evaluate((i) => {
      const block = ['b3', 'b5', 'b7', 'b8', 'b9', 'b14', 'b15'][i];
      const spans = [...document.querySelectorAll<HTMLElement>(`#${block} [data-offset]`)];
      const node = spans[0]?.firstChild;
      if (!node?.textContent) throw new Error('no text');
      spans[0]?.scrollIntoView({ block: 'center' });
      const from = 0;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, Math.min(node.textContent.length, from + 10));
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, i);
    const toolbar = page.getByRole('toolbar');
    await toolbar.waitFor();
    const button = toolbar.locator('button').first();
    await button.evaluate((b) => {
      const before = document.querySelectorAll('#article mark.highlight[data-starts]').length;
      b.addEventListener(
        'pointerdown',
        () => {
          const t0 = performance.now();
          const check = () => {
            if (document.querySelectorAll('#article mark.highlight[data-starts]').length > before) {
              // The next frame after the mark is in the DOM is when it is painted.
              requestAnimationFrame(
                () => ((window as unknown as { __paint: number }).__paint = performance.now() - t0),
              );
            } else requestAnimationFrame(check);
          };
          check();
        },
        { once: true },
      );
    });
    await button.click();
    samples.push(
      await page
        .waitForFunction(() => (window as unknown as { __paint?: number }).__paint)
        .then((h) => h.jsonValue() as Promise<number>),
    );
    await page.evaluate(() => delete (window as unknown as { __paint?: number }).__paint);
  }
  await context.close();
  return median(samples);
}

/** The article as a plain static page: same text and font, no app. */
function staticArticle(dist: string): string {
  const text = readFileSync(join(process.cwd(), 'seeds/csto-zas-2022-02-09.ar.txt'), 'utf8');
  const font = readdirSync(join(dist, 'assets')).find((f) => /arabic-400-normal.*\.woff2$/.test(f));
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>static</title>
<style>@font-face{font-family:N;src:url(/assets/${font}) format('woff2')}body{font-family:N,serif;max-width:36em;margin:auto;line-height:1.9}</style>
</head><body><article>${paragraphs}</article></body></html>`;
}

async function measureStatic(browser: Browser, dist: string): Promise<number> {
  const html = staticArticle(dist);
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.url?.startsWith('/assets/')) {
      const file = join(dist, req.url);
      if (existsSync(file))
        res.writeHead(200, { 'content-type': 'font/woff2' }).end(readFileSync(file));
      else res.writeHead(404).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    samples.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      ),
    );
    await context.close();
  }
  server.close();
  return median(samples);
}

export async function run(): Promise<void> {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) await build({ logLevel: 'warn' });
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  try {
    const plain = await measureStatic(browser, dist);
    const empty = await measureApp(browser, url, 0);
    const full = await measureApp(browser, url, 1000);
    const paint = await measureHighlight(browser, url);
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    console.log(`medians of ${RUNS} loads, desktop 1366×900, localhost`);
    console.log(`static HTML article: first paint ${ms(plain)}`);
    console.log(
      `app, 0 annotations: first paint ${ms(empty.firstPaint)} (×${(empty.firstPaint / plain).toFixed(2)} the static page), article ${ms(empty.article)}, interactive ${ms(empty.ready)}, JS heap ${(empty.heap / 1048576).toFixed(1)} MiB`,
    );
    console.log(
      `app, 1,000 annotations: first paint ${ms(full.firstPaint)} (×${(full.firstPaint / plain).toFixed(2)}), article ${ms(full.article)}, interactive ${ms(full.ready)}, JS heap ${(full.heap / 1048576).toFixed(1)} MiB`,
    );
    console.log(`a new highlight, click to paint: ${ms(paint)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
