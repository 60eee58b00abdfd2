import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built app (`dist/`, made by `npm run test:e2e` before the suite starts) with
 * `vite preview` on a free localhost port, under a path prefix to prove the relative base.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` (or `npm run test:e2e`) first.');
  }
  const server = await preview({
    base: '/reader/',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/reader/`);
  return async () => {
    await server.close();
  };
}
