/**
 * Regression check for issue 16: WebKit drew the dots of the Arabic font we shipped then
 * (@fontsource's Noto Naskh Arabic 2.021) off their letters, while Chromium and Firefox drew
 * them right. Each engine draws one line of the article with the shipped font and with a
 * reference build of the same face (Debian's Noto Naskh Arabic, the build every engine draws
 * right), in the same place; the ink of the two must match. Displaced dots and marks leave
 * ink where the reference has none.
 *
 * FONT_UNDER_TEST=<path to a woff2 or ttf> checks another file instead of the built one (how
 * the check was shown to fail on the old font).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, engineScreenshot, openEngine, type EnginePage } from './engine';
import { decodePng, type GreyImage } from './png';

/** Debian's build (fonts-noto-core), which the app's files are subset from. */
const REFERENCE_DIR = process.env.NOTO_NASKH_DIR ?? '/usr/share/fonts/truetype/noto';

/** The article's first sentence: «الأمين», «النشاط», «الجماعي» and many dotted letters. */
const LINE = readFileSync('seeds/csto-zas-2022-02-09.ar.txt', 'utf8').split('.')[0] ?? '';

/**
 * Most share of ink that may have no counterpart nearby in the other drawing: antialiasing
 * and hinting leave under 2% (WebKit), the displaced dots of the old font over 40%.
 */
const MAX_INK_MISMATCH = 0.08;

function shippedFont(weight: 400 | 700): string {
  const override = process.env.FONT_UNDER_TEST;
  if (override) return override;
  const file = readdirSync('dist/assets').find((f) =>
    new RegExp(`arabic-${weight}-normal-.*\\.woff2$`).test(f),
  );
  if (!file) throw new Error('no shipped Arabic font in dist/assets: run `npm run build`');
  return join('dist/assets', file);
}

function referenceFont(weight: 400 | 700): string {
  const path = join(REFERENCE_DIR, `NotoNaskhArabic-${weight === 400 ? 'Regular' : 'Bold'}.ttf`);
  if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install fonts-noto-core`);
  return path;
}

/**
 * A page with both faces and each word of the line in its own grid cell, aligned to its
 * start: hinting may round advances differently in the two builds, and the drift that adds up
 * along a line would hide what this looks for; within one word it stays a pixel or two.
 */
function page(weight: number): string {
  return `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><style>
@font-face { font-family: Shipped; src: url(/shipped?weight=${weight}); }
@font-face { font-family: Reference; src: url(/reference?weight=${weight}); }
html, body { margin: 0; background: #fff; color: #000; }
#line { display: grid; grid-template-columns: repeat(5, 230px); margin: 16px;
  font: ${weight} 34px/64px Shipped; }
</style><div id="line"></div>
<script src="/line.js"></script></html>`;
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = url.pathname;
    const weight = url.searchParams.get('weight') === '700' ? 700 : 400;
    const send = (type: string, body: string | Buffer) => {
      response.setHeader('content-type', type);
      response.end(body);
    };
    if (path === '/') send('text/html; charset=utf-8', page(weight));
    else if (path === '/line.js')
      send(
        'text/javascript; charset=utf-8',
        `document.getElementById('line').replaceChildren(...${JSON.stringify(
          LINE.split(' '),
        )}.map((w) => Object.assign(document.createElement('span'), { textContent: w })));`,
      );
    else if (path === '/shipped') send('font/woff2', readFileSync(shippedFont(weight)));
    else if (path === '/reference') send('font/ttf', readFileSync(referenceFont(weight)));
    else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** How far (px) ink may move between the two drawings and still count as the same ink. */
const SLACK = 2;

/** Ink pixels of `a` with no ink of `b` within {@link SLACK} pixels. */
function strayInk(a: GreyImage, b: GreyImage): { ink: number; stray: number } {
  const inkAt = (image: GreyImage, x: number, y: number) =>
    x >= 0 && y >= 0 && x < image.width && y < image.height
      ? (image.grey[y * image.width + x] ?? 255) < 128
      : false;
  let ink = 0;
  let stray = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      if (!inkAt(a, x, y)) continue;
      ink++;
      let near = false;
      for (let dy = -SLACK; dy <= SLACK && !near; dy++)
        for (let dx = -SLACK; dx <= SLACK && !near; dx++) near = inkAt(b, x + dx, y + dy);
      if (!near) stray++;
    }
  return { ink, stray };
}

/** Share of the ink of both drawings that the other drawing has nowhere near. */
function inkMismatch(a: GreyImage, b: GreyImage): number {
  const [ab, ba] = [strayInk(a, b), strayInk(b, a)];
  return ab.ink + ba.ink ? (ab.stray + ba.stray) / (ab.ink + ba.ink) : 1;
}

describe.each(ENGINES)('the shipped Arabic font in %s', (engine) => {
  let browser: EnginePage;
  beforeAll(async () => {
    browser = await openEngine(engine, 1200, 480);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([400, 700] as const)(
    'draws dots and marks where the reference build does (weight %i)',
    async (weight) => {
      await browser.goto(`${base}?weight=${weight}`);
      const draw = async (face: string) => {
        await browser.run(
          `const line = document.getElementById('line');
           line.style.fontFamily = arguments[0];
           return document.fonts.load('${weight} 34px ' + arguments[0], line.textContent)
             .then(() => document.fonts.ready).then(() => true)`,
          face,
        );
        await new Promise((r) => setTimeout(r, 300));
        return browser.screenshot();
      };
      const shipped = await draw('Shipped');
      const reference = await draw('Reference');
      await engineScreenshot(browser, `font-line-reference-${weight}`);
      await draw('Shipped');
      await engineScreenshot(browser, `font-line-shipped-${weight}`);
      const mismatch = inkMismatch(decodePng(shipped), decodePng(reference));
      console.log(`${engine} weight ${weight}: ink mismatch ${(mismatch * 100).toFixed(2)}%`);
      expect(mismatch).toBeLessThan(MAX_INK_MISMATCH);
    },
  );
});
