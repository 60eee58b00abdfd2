/**
 * `npm run budget`: fails when the built app's first load is over budget. Sizes, not times:
 * they do not depend on how busy the machine is. Run after `vite build`.
 */
import { FIRST_LOAD_BUDGETS as BUDGETS, measureFirstLoad } from './first-load';

const KIB = 1024;

const load = measureFirstLoad();
const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
for (const f of load.files)
  console.log(`${kib(f.bytes).padStart(10)}  ${f.kind.padEnd(7)} ${f.file}`);
console.log(
  `\nfirst load: JS ${kib(load.js)} (budget ${kib(BUDGETS.js)}), CSS ${kib(load.css)}, fonts ${kib(load.fonts)}, ` +
    `article ${kib(load.article)}, HTML ${kib(load.html)}; total ${kib(load.total)} (budget ${kib(BUDGETS.total)})`,
);
const misses = (['js', 'total'] as const).filter((k) => load[k] > BUDGETS[k]);
if (misses.length > 0) {
  console.error(`over budget: ${misses.join(', ')}`);
  process.exit(1);
}
