/**
 * What the built page (dist/) downloads before the article can be read, by reading
 * dist/index.html: the entry script and its modulepreloads, the stylesheets, the font faces
 * the article uses, and the article's own files. Sizes are gzip (what the network carries;
 * woff2 fonts are already compressed and counted as they are).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Bytes, gzip. */
  js: number;
  css: number;
  html: number;
  fonts: number;
  article: number;
  total: number;
  files: { file: string; kind: string; bytes: number }[];
}

/** Font files the reader needs on first paint: Arabic regular and bold (Latin is a system face). */
const FIRST_PAINT_FONTS = [/arabic-400-normal.*\.woff2$/, /arabic-700-normal.*\.woff2$/];
const ARTICLE_FILES = [/csto-zas-2022-02-09\.ar-.*\.txt$/, /csto-zas-2022-02-09\.meta-.*\.json$/];

/** Size of a file gzipped at level 9, in bytes (what a static server sends); throws if missing. */
export const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const KIB = 1024;
/**
 * The first-load budgets that `npm run budget` enforces, bytes gzip. `js` counts only the JS
 * needed before the article's first paint (entry + modulepreloads); the chunks fetched right
 * after it (Dexie, timeline, export tools) are reported by `npm run bench -- browser`.
 */
export const FIRST_LOAD_BUDGETS = {
  /** JS before the first paint, gzip: React, react-query, i18next and our code (Dexie comes after). */
  js: 160 * KIB,
  /** Everything the first paint of the article needs: HTML, JS, CSS, fonts, article files. */
  total: 400 * KIB,
};

/** Measures the first load of the build in `dist`. */
export function measureFirstLoad(dist = 'dist'): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+)"[^>]*>/g)].map(
    (m) => ({
      file: m[1] as string,
      tag: m[0],
    }),
  );
  const files: FirstLoad['files'] = [
    { file: 'index.html', kind: 'html', bytes: gzipSize(join(dist, 'index.html')) },
  ];
  for (const { file, tag } of refs) {
    if (file.endsWith('.js') && !file.includes('registerSW')) {
      files.push({ file, kind: 'js', bytes: gzipSize(join(dist, file)) });
    } else if (file.endsWith('.css') && /stylesheet/.test(tag)) {
      files.push({ file, kind: 'css', bytes: gzipSize(join(dist, file)) });
    }
  }
  const assets = readdirSync(join(dist, 'assets'));
  for (const pattern of FIRST_PAINT_FONTS) {
    for (const file of assets.filter((f) => pattern.test(f))) {
      files.push({
        file: `assets/${file}`,
        kind: 'fonts',
        bytes: statSync(join(dist, 'assets', file)).size,
      });
    }
  }
  for (const pattern of ARTICLE_FILES) {
    for (const file of assets.filter((f) => pattern.test(f))) {
      files.push({
        file: `assets/${file}`,
        kind: 'article',
        bytes: gzipSize(join(dist, 'assets', file)),
      });
    }
  }
  const sum = (kind: string) =>
    files.filter((f) => f.kind === kind).reduce((n, f) => n + f.bytes, 0);
  const result = {
    js: sum('js'),
    css: sum('css'),
    html: sum('html'),
    fonts: sum('fonts'),
    article: sum('article'),
  };
  return { ...result, total: Object.values(result).reduce((a, b) => a + b, 0), files };
}
