import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build-document';
import { finishSteps } from '../../../src/import/import-steps';
import { routeImportSteps, type RouteResult } from '../../../src/import/route-import';
import { doc as seed } from '../export/export-dataset';

// Issue 15: with the library, a Readwise or Hypothesis file's rows go to the document their
// quote (and title) single out; rows whose document is not in the library are listed as such.

const now = new Date('2026-12-01T08:00:00.000Z');

/** Another article of the library: a short Arabic one, and the English book of the CSV. */
const other = buildDocument(
  { ...seed.meta, id: 'other-article', title: 'The Story of Philosophy', source: 'urn:x:book' },
  [
    { kind: 'paragraph', text: 'Durant wrote it in 1926.' },
    { kind: 'paragraph', text: 'We are what we repeatedly do. Excellence, then, is a habit.' },
  ],
);
/** A copy of the built-in article under another id: every quote is in both. */
const copy = { ...seed, meta: { ...seed.meta, id: 'copy', title: 'نسخة أخرى تماما من المقال' } };

function route(path: string, docs = [seed, other]): Extract<RouteResult, { ok: true }> {
  const text = readFileSync(path, 'utf8');
  const result = finishSteps(routeImportSteps({ text, name: path }, docs, now));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const counts = (result: ReturnType<typeof route>) =>
  Object.fromEntries([...result.byDocument].map(([id, records]) => [id, records.length]));

describe('routeImportSteps', () => {
  it.each([
    [
      'a Readwise export: each row to the article its quote is in',
      'tests/fixtures/import/readwise-export.csv',
      [seed, other],
      { [seed.meta.id]: 5, 'other-article': 1 },
      [],
    ],
    [
      'a Readwise export whose book is not in the library',
      'tests/fixtures/import/readwise-export.csv',
      [seed],
      { [seed.meta.id]: 5 },
      [{ index: 5, reason: 'no-document' }],
    ],
    [
      'Hypothesis { total, rows }: the page note goes to its page, a reply says what it is',
      'tests/fixtures/import/hypothesis-api.json',
      [seed, other],
      // The highlight and the page note (its page's highlight is in the built-in article).
      { [seed.meta.id]: 2 },
      [{ index: 2, reason: 'reply' }],
    ],
  ] as const)('%s', (_name, path, docs, expected, leftOut) => {
    const result = route(path, [...docs]);
    expect(counts(result)).toEqual(expected);
    expect(result.leftOut).toEqual(leftOut);
    for (const [id, records] of result.byDocument) {
      expect(records.every((r) => r.documentId === id)).toBe(true);
    }
  });

  it('prefers the article whose title agrees when a quote is in two', () => {
    const result = route('tests/fixtures/import/readwise-export.csv', [copy, seed]);
    // Four rows name the built-in; the fifth names another article of the site: ambiguous.
    expect(counts(result)).toEqual({ [seed.meta.id]: 4 });
    expect(result.leftOut).toEqual([
      { index: 3, reason: 'ambiguous' },
      { index: 5, reason: 'no-document' },
    ]);
  });

  it('says when a row is taken under another title', () => {
    const result = route('tests/fixtures/import/readwise-export.csv');
    expect(result.titleDiffers).toEqual([
      expect.objectContaining({ index: 3, documentId: seed.meta.id }),
    ]);
  });

  it('refuses a file no import reads, as the one-document import does', () => {
    const result = finishSteps(routeImportSteps({ text: 'x', name: 'notes.txt' }, [seed], now));
    expect(result).toEqual({ ok: false, error: 'unsupported-format' });
  });
});
