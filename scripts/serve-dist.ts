import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type Plugin } from 'vite';

/** A copy of the built app served by `vite preview`; `close` stops the server and removes it. */
export interface ServedDist {
  /** The copy's folder. */
  dist: string;
  /** The app's address, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Options for {@link serveDistCopy}. */
export interface ServeOptions {
  /**
   * Send the content-hashed files under `assets/` as immutable, as a static host would, so that
   * a warm load takes them from the HTTP cache without asking again (`vite preview` marks every
   * file `no-cache`). Cold loads disable the cache, so they are the same either way.
   */
  immutableAssets?: boolean;
}

/** Marks `assets/` responses immutable; `vite preview` keeps a Cache-Control already set. */
function immutableAssets(): Plugin {
  return {
    name: 'bench-immutable-assets',
    configurePreviewServer: (server) => {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/'))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

/**
 * Serves a copy of `dist/` (built first when missing) on a free loopback port. A copy, so a
 * build started meanwhile in a shared checkout cannot change what a benchmark measures.
 */
export async function serveDistCopy(options: ServeOptions = {}): Promise<ServedDist> {
  if (!existsSync(join(process.cwd(), 'dist/index.html'))) await build({ logLevel: 'warn' });
  const dist = mkdtempSync(join(tmpdir(), 'qari-bench-dist-'));
  cpSync(join(process.cwd(), 'dist'), dist, { recursive: true });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0 },
    plugins: options.immutableAssets ? [immutableAssets()] : [],
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  return {
    dist,
    url,
    close: async () => {
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
