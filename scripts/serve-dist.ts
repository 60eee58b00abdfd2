import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/** A copy of the built app served by `vite preview`; `close` stops the server and removes it. */
export interface ServedDist {
  /** The copy's folder. */
  dist: string;
  /** The app's address, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a copy of `dist/` (built first when missing) on a free loopback port. A copy, so a
 * build started meanwhile in a shared checkout cannot change what a benchmark measures.
 */
export async function serveDistCopy(): Promise<ServedDist> {
  if (!existsSync(join(process.cwd(), 'dist/index.html'))) await build({ logLevel: 'warn' });
  const dist = mkdtempSync(join(tmpdir(), 'qari-bench-dist-'));
  cpSync(join(process.cwd(), 'dist'), dist, { recursive: true });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0 },
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
