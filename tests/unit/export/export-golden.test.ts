import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/export/export-csv';
import { buildHtml } from '../../../src/export/export-html';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { dataset, doc, goldenOptions } from './export-dataset';
import { golden } from './golden';

type Records = typeof dataset;

const builders = [
  ['annotations.md', (r: Records) => buildMarkdown(r, doc, goldenOptions)],
  ['annotations.csv', (r: Records) => buildCsv(r, doc, goldenOptions)],
  ['annotations.html', (r: Records) => buildHtml(r, doc, goldenOptions)],
  ['annotations.jsonld.json', (r: Records) => buildJsonLd(r, doc, goldenOptions)],
] as const;

describe('exports of the fixed dataset match their golden files', () => {
  it.each(builders)('%s', (name, build) => {
    const actual = build(dataset);
    expect(actual).toBe(golden(name, actual));
  });

  it.each(builders)('%s does not depend on the input order', (_name, build) => {
    expect(build([...dataset].reverse())).toBe(build(dataset));
  });
});
