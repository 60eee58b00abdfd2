import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built site works from any path prefix (and from a file server).
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The seed files are fetched at run time (and precached), never inlined as data: URLs.
    assetsInlineLimit: (file) => (file.includes('/seeds/') ? false : undefined),
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
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser, one preview server: files share them, so run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
