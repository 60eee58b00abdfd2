import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDocument } from '../src/document/article-document';
import { parseArticle } from '../src/document/parse-article';

// Tests run from the project root (vitest's root), in node and jsdom environments alike.
const seedsDir = join(process.cwd(), 'seeds/');

/** Raw bytes of the seed article, decoded as UTF-8, exactly as delivered. */
export const seedText = readFileSync(`${seedsDir}csto-zas-2022-02-09.ar.txt`, 'utf8');
/** The seed's metadata file, parsed as JSON (unvalidated). */
export const seedMeta: unknown = JSON.parse(
  readFileSync(`${seedsDir}csto-zas-2022-02-09.meta.json`, 'utf8'),
);

/** The seed's timeline file, parsed as JSON (unvalidated). */
export const seedTimeline: unknown = JSON.parse(
  readFileSync(`${seedsDir}csto-zas-2022-02-09.timeline.json`, 'utf8'),
);

/** Reads a file under `seeds/` as UTF-8. */
export function readSeedFile(name: string): string {
  return readFileSync(`${seedsDir}${name}`, 'utf8');
}

/** The real article, parsed; throws if the seed no longer parses (a test failure). */
export function seedArticle(): ArticleDocument {
  const result = parseArticle(seedText, seedMeta);
  if (!result.ok) throw new Error(`seed does not parse: ${result.error}`);
  return result.document;
}
