/**
 * What a first visit fetches, counted in Chromium (the figures `npm run budget` checks): every
 * file with its gzip size and when it was requested, and the totals against their budgets.
 * Builds dist/ first when missing; an older dist/ is measured as it is, so run `npm run build`
 * after changing the source.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { measureFirstLoad, printFirstLoad } from '../first-load';

export async function run(): Promise<void> {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) await build({ logLevel: 'warn' });
  const built = statSync(join(dist, 'index.html')).mtime.toISOString().slice(0, 16);
  console.log(
    `dist/ built ${built.replace('T', ' ')} UTC; Chromium, empty profile, Arabic UI, ` +
      '1366×900, service worker blocked; gzip level 9, woff2 as is',
  );
  printFirstLoad(await measureFirstLoad(dist));
}
