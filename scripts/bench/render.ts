/**
 * Rendering the article with many highlights, in jsdom (Node): first render with 1,000
 * highlights, and the re-render when one more is added (only its block should re-render).
 * Also how long storing a new highlight takes on fake-indexeddb.
 */
import { JSDOM } from 'jsdom';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../median';

const dom = new JSDOM(
  '<!doctype html><html lang="ar" dir="rtl"><body><div id="root"></div></body></html>',
  {
    pretendToBeVisual: true,
  },
);
const g = globalThis as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'Node',
  'Element',
  'getComputedStyle',
  'CSS',
]) {
  g[key] = (dom.window as unknown as Record<string, unknown>)[key];
}
g.IS_REACT_ACT_ENVIRONMENT = false;

export async function run(): Promise<void> {
  const [{ createElement }, { createRoot }, { flushSync }, { I18nextProvider }] = await Promise.all(
    [import('react'), import('react-dom/client'), import('react-dom'), import('react-i18next')],
  );
  const { parseArticle } = await import('../../src/document/parse-article');
  const { ArticleView } = await import('../../src/document/ArticleView');
  const { groupDecorations } = await import('../../src/document/group-decorations');
  const { createI18n } = await import('../../src/i18n/init-i18n');
  const { prng } = await import('./anchoring');

  const seeds = join(process.cwd(), 'seeds');
  const parsed = parseArticle(
    readFileSync(join(seeds, 'csto-zas-2022-02-09.ar.txt'), 'utf8'),
    JSON.parse(readFileSync(join(seeds, 'csto-zas-2022-02-09.meta.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('seed does not parse');
  const doc = parsed.document;
  const i18n = createI18n('ar');

  // 1,000 word-aligned highlights at random places (overlapping, as heavy readers make them).
  const random = prng(11);
  const starts = [...doc.text.matchAll(/\S+/gu)].map((m) => m.index);
  const highlights = Array.from({ length: 1000 }, (_, i) => {
    const first = Math.floor(random() * (starts.length - 12));
    const start = starts[first] as number;
    const end = (starts[first + 1 + Math.floor(random() * 10)] as number) - 1;
    return {
      key: `h${i}`,
      start,
      end,
      color: 'yellow',
      hasNote: i % 3 === 0,
      created: String(i).padStart(6, '0'),
    };
  });
  const layers = (n: number) => ({
    highlights: highlights.slice(0, n),
    hits: [],
    dates: [],
    passages: [],
  });
  const view = (decorations: ReturnType<typeof groupDecorations>) =>
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ArticleView, { document: doc, decorations }),
    );

  const first: number[] = [];
  const update: number[] = [];
  for (let run = 0; run < 7; run++) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const before = groupDecorations(doc.blocks, layers(999));
    let t0 = performance.now();
    flushSync(() => root.render(view(before)));
    first.push(performance.now() - t0);
    const after = groupDecorations(doc.blocks, layers(1000), before);
    t0 = performance.now();
    flushSync(() => root.render(view(after)));
    update.push(performance.now() - t0);
    root.unmount();
    container.remove();
  }
  const marks = document.createElement('div');
  const root = createRoot(marks);
  flushSync(() => root.render(view(groupDecorations(doc.blocks, layers(1000)))));
  const markCount = marks.querySelectorAll('mark').length;
  root.unmount();

  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  const { openStore } = await import('../../src/storage/open-store');
  const { describe } = await import('../../src/anchoring/describe');
  const { store } = await openStore({
    name: `bench-render-${Date.now()}`,
    deps: { indexedDB, IDBKeyRange },
  });
  if (store.persistence !== 'indexeddb') throw new Error('benchmark store fell back to memory');
  const saves: number[] = [];
  for (let i = 0; i < 50; i++) {
    const now = new Date().toISOString();
    const t0 = performance.now();
    await store.saveAnnotation({
      id: crypto.randomUUID(),
      documentId: doc.meta.id,
      target: describe({ start: 100 + i, end: 140 + i }, doc.text),
      color: 'green',
      note: '',
      tags: [],
      created: now,
      modified: now,
      deleted: null,
    });
    saves.push(performance.now() - t0);
  }
  store.close();

  console.log(
    `first render of the article with 1,000 highlights (${markCount} <mark>s): median ${median(first).toFixed(1)} ms (target < 100 ms)`,
  );
  console.log(
    `adding the 1,000th highlight (re-render, one block): median ${median(update).toFixed(1)} ms (one frame: < 16 ms)`,
  );
  console.log(
    `storing a new highlight (fake-indexeddb, Node): median ${median(saves).toFixed(2)} ms (target < 50 ms)`,
  );
}
