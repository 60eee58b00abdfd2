import { createServer } from 'vite';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import type { Page } from 'playwright-core';
import type { openStore as OpenStore } from '../../src/storage/open-store';

/** A running Vite dev server of the app: its source modules can be imported from its pages. */
export interface DevServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the app's dev server (the test build: unbundled, React in development mode, so a page
 * of it can import the app's own modules, as the production build cannot) on a free localhost
 * port. Journeys that need no module of the app test the production build instead.
 */
export async function startDevServer(): Promise<DevServer> {
  const server = await createServer({
    logLevel: 'warn',
    // Dependencies found only when a page asks for them would be re-bundled mid-test (a cold
    // CI cache): bundle everything the app and the store import before the first page.
    optimizeDeps: { entries: ['index.html', 'src/storage/open-store.ts'] },
    // Nothing is edited while it runs: no hot reload, no file watching.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no local URL');
  return { url, close: () => server.close() };
}

/**
 * Saves records through the app's own repository (`openStore()` then `saveAnnotation`), in a
 * page of the dev server: validated and stored exactly as the app stores what a reader makes.
 */
export async function saveThroughRepository(
  page: Page,
  records: readonly AnnotationRecord[],
): Promise<void> {
  // A string, not a function: the test runner would rewrite an `import()` in a function, and
  // the path is the dev server's URL, not one TypeScript resolves.
  const module = await page.evaluateHandle<{ openStore: typeof OpenStore }>(
    "import('/src/storage/open-store.ts')",
  );
  await module.evaluate(async ({ openStore }, records) => {
    const { store, fallbackReason } = await openStore();
    try {
      if (fallbackReason) throw new Error(`the store fell back to memory: ${fallbackReason}`);
      for (const record of records) await store.saveAnnotation(record);
    } finally {
      store.close();
    }
  }, records);
  await module.dispose();
}
