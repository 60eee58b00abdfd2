/**
 * `npm run bench`: runs every benchmark in this folder (each exports `run()` and prints its
 * own figures). Figures, not pass/fail: the machine is shared and timings are noisy.
 */
import { readdirSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';

register('./ignore-css.mjs', import.meta.url);

const dir = join(process.cwd(), 'scripts/bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts' && !f.endsWith('-data.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace(/\.ts$/, '')}\n`);
  const mod = (await import(join(dir, file))) as { run?: () => Promise<void> };
  if (typeof mod.run === 'function') await mod.run();
}
