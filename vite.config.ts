import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { bundledArticleSource as BundledSource } from './src/document/article-source';
import type { prerenderApp as PrerenderApp } from './src/app/prerender';
import { articleDates } from './src/app/article-dates';
import { textFingerprint } from './src/anchoring/text-fingerprint';
import type { PrecomputedDates } from './src/app/precomputed-dates';
import { parseArticle } from './src/document/parse-article';
import { splitTranslations } from './src/i18n/split-translations';
import { parseTimeline } from './src/timeline/parse-timeline';
import { resolveEvents } from './src/timeline/resolve-events';
import { toStored, type StoredTimelineResolution } from './src/timeline/stored-resolution';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built page. Scripts, styles, fonts and data come only from
 * the app's own origin, nothing from a CDN, nothing eval'd; the one inline script is the
 * before-paint one, allowed by its SHA-256 (base64) in `inlineScriptHashes`, never by
 * `'unsafe-inline'`. (Inline `style` attributes are not allowed either; React sets styles
 * through the CSSOM, which CSP permits.)
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The node_modules packages the first paint runs: React, react-query, i18next and the matcher. */
const FIRST_PAINT_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack[\\/][^\\/]+|i18next|react-i18next|approx-string-match)[\\/]/;

/**
 * Adds the CSP meta tag to the built page only (Vite's dev server needs inline scripts), with
 * the hashes `inlineScriptHashes` gives once the build has made those scripts.
 */
function contentSecurityPolicyMeta(inlineScriptHashes: () => readonly string[]): Plugin {
  return {
    name: 'qari-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(inlineScriptHashes()),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Preloads, from the built page, what the first paint needs and the entry script only asks for
 * once it runs: the article's text, metadata and timeline (fetched by `article-source.ts`
 * before hydration) and the Arabic
 * regular and bold font faces (the lede and headline are bold). They then download alongside
 * the scripts instead of after them. `crossorigin` makes each preload match the later request.
 */
function preloadArticle(): Plugin {
  const FETCHED = /csto-zas-2022-02-09\.(ar-[^/]*\.txt|(meta|timeline)-[^/]*\.json)$/;
  const FONTS = /noto-naskh-arabic-arabic-(400|700)-normal-[^/]*\.woff2$/;
  return {
    name: 'qari-preload-article',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        // Fonts first: the first paint waits for them, the fetched files only hydration does.
        Object.keys(bundle ?? {})
          .sort((a, b) => Number(FONTS.test(b)) - Number(FONTS.test(a)))
          .flatMap((file) => {
            const as = FETCHED.test(file) ? 'fetch' : FONTS.test(file) ? 'font' : null;
            if (!as) return [];
            const type = as === 'font' ? { type: 'font/woff2' } : {};
            return [
              {
                tag: 'link',
                attrs: { rel: 'preload', href: `./${file}`, as, ...type, crossorigin: 'anonymous' },
                injectTo: 'head' as const,
              },
            ];
          }),
    },
  };
}

/**
 * Renders the app for a first visit into index.html's `#root` at build time, with React's
 * server renderer and the app's own components (`src/app/prerender.tsx`, loaded through a
 * throwaway Vite server in SSR mode): the header, the article and the timeline are in the HTML
 * the server sends, and `main.tsx` hydrates them.
 */
function prerenderArticle(): Plugin {
  let root = process.cwd();
  return {
    name: 'qari-prerender-article',
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          plugins: [localeParts(), builtInDates(), checkedTimelines()],
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        });
        try {
          const { bundledArticleSource } = (await server.ssrLoadModule(
            '/src/document/article-source.ts',
          )) as { bundledArticleSource: typeof BundledSource };
          const { prerenderApp } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            prerenderApp: typeof PrerenderApp;
          };
          const seed = (ext: string) =>
            readFileSync(join(root, 'seeds', `${bundledArticleSource.key}.${ext}`), 'utf8');
          const markup = await prerenderApp({
            key: bundledArticleSource.key,
            text: seed('ar.txt'),
            meta: JSON.parse(seed('meta.json')) as unknown,
            timeline: JSON.parse(seed('timeline.json')) as unknown,
          });
          if (!html.includes('<div id="root"></div>'))
            throw new Error('index.html has no empty #root');
          return html.replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Serves a locale file's parts (`ar.json?first`, `ar.json?later`; `src/i18n/split-translations.ts`
 * says which keys go where) as JSON, made from the whole file: the files stay whole, and the keys
 * typed from ar.json.
 */
function localeParts(): Plugin {
  const PART = /^(.*[\\/]locales[\\/][a-z]+\.json)\?(first|later)$/u;
  return {
    name: 'qari-locale-parts',
    load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const [, file = '', part = ''] = match;
      this.addWatchFile(file);
      const parts = splitTranslations(
        JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
      );
      const json = JSON.stringify(part === 'first' ? parts.first : parts.later);
      return { code: `export default ${json};`, moduleType: 'js' };
    },
  };
}

/** The built-in article's seed files, in `seeds/`. */
const BUILT_IN_SEED = 'csto-zas-2022-02-09';

/**
 * `virtual:built-in-dates`: the dates in the built-in article, found now with the extractor
 * the app runs (`src/app/article-dates.ts`) on the text the app builds from the seed. A first
 * visit (and the prerendered HTML) marks them without fetching the extractor's code.
 */
function builtInDates(): Plugin {
  const ID = 'virtual:built-in-dates';
  let root = process.cwd();
  return {
    name: 'qari-built-in-dates',
    configResolved: (config) => void (root = config.root),
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const file = (ext: string) => join(root, 'seeds', `${BUILT_IN_SEED}.${ext}`);
      for (const ext of ['ar.txt', 'meta.json']) this.addWatchFile(file(ext));
      const parsed = parseArticle(
        readFileSync(file('ar.txt'), 'utf8'),
        JSON.parse(readFileSync(file('meta.json'), 'utf8')) as unknown,
      );
      if (!parsed.ok) throw new Error(`the built-in seed does not parse: ${parsed.error}`);
      const doc = parsed.document;
      const precomputed: PrecomputedDates = {
        documentId: doc.meta.id,
        fingerprint: textFingerprint(doc.text),
        dates: articleDates(doc),
      };
      return { code: `export default ${JSON.stringify(precomputed)};`, moduleType: 'js' };
    },
  };
}

/**
 * `virtual:checked-timelines`: the fingerprints (of `JSON.stringify` of the parsed file) of the
 * curated timelines in `seeds/` that pass the app's own check now, and (`resolutions`) each one's
 * events resolved in the built-in text with the app's own anchoring. The app trusts a timeline
 * with one of those fingerprints and checks any other at run time, and takes the resolution when
 * both fingerprints match, else anchors at run time: a first visit fetches neither the validator
 * nor the anchoring.
 */
function checkedTimelines(): Plugin {
  const ID = 'virtual:checked-timelines';
  let root = process.cwd();
  return {
    name: 'qari-checked-timelines',
    configResolved: (config) => void (root = config.root),
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const file = (ext: string) => join(root, 'seeds', `${BUILT_IN_SEED}.${ext}`);
      for (const ext of ['timeline.json', 'ar.txt', 'meta.json']) this.addWatchFile(file(ext));
      const json = JSON.parse(readFileSync(file('timeline.json'), 'utf8')) as unknown;
      const checked = parseTimeline(json);
      if (!checked.ok) throw new Error(`the built-in timeline fails its check: ${checked.detail}`);
      const parsed = parseArticle(
        readFileSync(file('ar.txt'), 'utf8'),
        JSON.parse(readFileSync(file('meta.json'), 'utf8')) as unknown,
      );
      if (!parsed.ok) throw new Error(`the built-in seed does not parse: ${parsed.error}`);
      const { text } = parsed.document;
      const fingerprint = textFingerprint(JSON.stringify(json));
      const resolutions: StoredTimelineResolution[] = [
        {
          timeline: fingerprint,
          text: textFingerprint(text),
          events: toStored(resolveEvents(checked.timeline, text)),
        },
      ];
      return {
        code: [
          `export default ${JSON.stringify([fingerprint])};`,
          `export const resolutions = ${JSON.stringify(resolutions)};`,
        ].join('\n'),
        moduleType: 'js',
      };
    },
  };
}

/** The before-paint script's plugin, and the hash the CSP allows it by. */
type BeforePaintPlugin = Plugin & { api: { sha256: () => string } };

/**
 * Builds `src/app/before-paint.ts` into a small classic script and inlines it, blocking, at the
 * top of `<head>`: the stored language, theme and text size apply before the prerendered HTML
 * is first painted. Inline, not a file: a blocking script file costs a request before the
 * parser (and with it the stylesheet requests) can go on, and the first paint waited for it.
 * The CSP allows it by its SHA-256 (`api.sha256()`), still with no `'unsafe-inline'`.
 */
function beforePaintScript(): BeforePaintPlugin {
  let root = process.cwd();
  let code = '';
  return {
    name: 'qari-before-paint-script',
    apply: 'build',
    api: {
      sha256: () => {
        if (!code) throw new Error('the before-paint script is not built yet');
        return createHash('sha256').update(code).digest('base64');
      },
    },
    configResolved: (config) => void (root = config.root),
    async buildStart() {
      const result = (await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: {
            entry: join(root, 'src/app/before-paint.ts'),
            formats: ['iife'],
            name: 'qariBeforePaint',
          },
        },
      })) as Rolldown.RolldownOutput[];
      code = result[0]?.output[0].code.trim() ?? '';
      if (!code) throw new Error('before-paint.ts built to nothing');
      // Either would end or change the inline script element early.
      if (/<\/script|<!--/iu.test(code)) throw new Error('before-paint.ts cannot be inlined');
    },
    transformIndexHtml: {
      order: 'post',
      // The entry becomes a modulepreload that the script starts after the first paint.
      handler: (html) => {
        const entry =
          /<script type="module" crossorigin src="(\.\/assets\/index-[^"]+\.js)"><\/script>/u;
        if (!entry.test(html))
          throw new Error('index.html has no entry script to start after paint');
        // Right after the charset (and the CSP before it): it runs before anything is parsed.
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error('index.html has no charset meta');
        const withEntry = html
          .replace(
            entry,
            (_tag, src: string) =>
              `<link rel="modulepreload" crossorigin href="${src}" data-app-entry>`,
          )
          .replace(charset, () => `${charset}\n    <script>${code}</script>`);
        // The scripts run only after the first paint, so they queue behind what it needs (the
        // stylesheets and the fonts): last in <head>.
        const modulePreloads = /\s*<link rel="modulepreload"[^>]*>/gu;
        const moved = withEntry.match(modulePreloads) ?? [];
        return withEntry
          .replace(modulePreloads, '')
          .replace('</head>', () => `${moved.join('')}\n  </head>`);
      },
    },
  };
}

const beforePaint = beforePaintScript();

export default defineConfig({
  // Relative base: the built site works from any path prefix (and from a file server).
  base: './',
  resolve: {
    // Dexie's own modern build (real classes, no down-levelling helpers): 1.8 KiB less gzip on
    // the first visit than the package's default entry, which wraps its ES5 build.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  plugins: [
    react(),
    localeParts(),
    builtInDates(),
    checkedTimelines(),
    contentSecurityPolicyMeta(() => [beforePaint.api.sha256()]),
    preloadArticle(),
    beforePaint,
    prerenderArticle(),
    VitePWA({
      registerType: 'autoUpdate',
      // An external registerSW.js, loaded after the page: no inline script, not in the first bundle.
      injectRegister: 'script-defer',
      includeAssets: ['icon-192.png'],
      manifest: {
        name: 'قارئ — اقرأ وظلّل ودوّن',
        short_name: 'قارئ',
        description: 'اقرأ المقالات العربية وظلّل الاقتباسات ودوّن ملاحظاتك، على جهازك.',
        lang: 'ar',
        dir: 'rtl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fdfcf9',
        theme_color: '#0b57a4',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell, its lazy chunks, the font subsets and the article's files.
        globPatterns: ['**/*.{js,css,html,woff2,txt,json,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser with the ES2022 this targets but Safari 16 preloads modules itself; there the
    // scripts simply start a moment later. Not worth 0.2 KiB gzip of polyfill on every first visit.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // The seed files are fetched at run time (and precached), never inlined as data: URLs.
    assetsInlineLimit: (file) => (file.includes('/seeds/') ? false : undefined),
    rolldownOptions: {
      output: {
        // The libraries the first paint needs in one chunk (compresses better than many shared
        // slivers), named, not "all of node_modules": zod (lazy import code), Dexie (the store
        // opens after the first paint), fflate (the Omnivore import) and the library's extractors
        // (Readability, the Markdown parser: loaded when an article is added) stay in their own
        // lazy chunks. Our own modules the entry imports statically are one chunk too: left
        // alone, Rolldown splits off each one a lazy chunk also imports, and a first visit
        // fetched nine such slivers (3 KiB more gzip than one chunk).
        advancedChunks: {
          groups: [
            { name: 'vendor', test: FIRST_PAINT_LIBRARIES },
            { name: 'index', tags: ['$initial'], test: /^(?!.*node_modules)/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // Globals only so Testing Library can register its automatic cleanup.
          globals: true,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // Room for a few of setup.ts's 5 s waits on a loaded machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll gives up after 1 s by default: too short for a loaded CI machine to open the
          // store, save after the autosave delay or finish a smooth scroll. Polls still pass
          // as soon as their state is there; a time limit a test means says so itself.
          expect: { poll: { timeout: 15_000 } },
          // One browser, one preview server: files share them, so run files one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The main journeys and the font check in Chromium, Firefox and WebKit (tests/e2e/
          // engines/): a small set, as each engine starts its own browser per test.
          name: 'engines',
          environment: 'node',
          include: ['tests/e2e/engines/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
