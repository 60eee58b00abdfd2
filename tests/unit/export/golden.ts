import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const goldenDir = join(process.cwd(), 'tests/fixtures/golden');

/**
 * The golden file's content. With UPDATE_GOLDEN=1 the actual output is written first (review the
 * diff by eye before committing); otherwise a missing golden file is a test failure.
 */
export function golden(name: string, actual: string): string {
  const path = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual, 'utf8');
  if (!existsSync(path)) throw new Error(`missing golden file ${name}; run with UPDATE_GOLDEN=1`);
  return readFileSync(path, 'utf8');
}
