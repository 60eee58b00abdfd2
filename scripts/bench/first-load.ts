/**
 * First-load sizes of the build in dist/ (the figures `npm run budget` checks), printed with
 * their budgets: what the page needs before the article's first paint, read from
 * dist/index.html. Builds dist/ first when missing; an older dist/ is measured as it is, so run
 * `npm run build` after changing the source. What is fetched after the first paint is in the
 * browser benchmark.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { FIRST_LOAD_BUDGETS, measureFirstLoad } from '../first-load';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export async function run(): Promise<void> {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) await build({ logLevel: 'warn' });
  const load = measureFirstLoad(dist);
  const built = statSync(join(dist, 'index.html')).mtime.toISOString().slice(0, 16);
  console.log(`dist/ built ${built.replace('T', ' ')} UTC; gzip level 9, woff2 as is`);
  for (const f of load.files)
    console.log(`${kib(f.bytes).padStart(10)}  ${f.kind.padEnd(7)} ${f.file}`);
  const budget = (n: number) => ` (budget ${kib(n)})`;
  console.log(
    `\nbefore the first paint: JS ${kib(load.js)}${budget(FIRST_LOAD_BUDGETS.js)}, ` +
      `CSS ${kib(load.css)}, fonts ${kib(load.fonts)}, article ${kib(load.article)}, ` +
      `HTML ${kib(load.html)}; total ${kib(load.total)}${budget(FIRST_LOAD_BUDGETS.total)}`,
  );
}
