import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/export/export-csv';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { parseImportFile } from '../../../src/import/import-file';
import type { ImportResult } from '../../../src/import/import-types';
import { dataset, doc, NOW } from '../export/export-dataset';
import { pathsOf, withValueAt } from './json-paths';

const ERRORS = ['not-json', 'wrong-shape', 'empty', 'too-large', 'unsupported-format'];
const REASONS = [
  'invalid-annotation',
  'invalid-id',
  'duplicate-id',
  'missing-target',
  'other-document',
  'invalid-color',
  'note-too-long',
  'invalid-date',
  'quote-not-found',
  'reply',
];
const options = { now: NOW };

/** Accepted with valid candidates, or refused with a known code: nothing else. */
function expectWellFormed(result: ImportResult): void {
  if (!result.ok) {
    expect(ERRORS).toContain(result.error);
    return;
  }
  for (const r of result.rejected) expect(REASONS).toContain(r.reason);
  for (const c of result.candidates) {
    expect(c.documentId).toBe(doc.meta.id);
    // A note on the whole document has no passage to check.
    if (c.target === null) continue;
    const { quote, position } = c.target;
    expect(doc.text.slice(position!.start, position!.end)).toBe(quote.exact);
    expect(c.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(c.modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
}

const exported = JSON.parse(buildJsonLd(dataset, doc, { now: NOW })) as unknown;
const exportedCsv = buildCsv(dataset, doc, {});

const exportedPaths = pathsOf(exported).filter((p) => p.length > 0);

describe('the importer never throws', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(
          parseImportFile({ text: JSON.stringify(value), name: 'f.json' }, doc, options),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('on random W3C-looking values', () => {
    const annotationLike = fc.record(
      {
        type: fc.constantFrom('Annotation', ['Annotation'], 'Other'),
        id: fc.oneof(
          fc.uuid().map((u) => `urn:uuid:${u}`),
          fc.jsonValue(),
        ),
        created: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.jsonValue(),
        ),
        body: fc.jsonValue(),
        bodyValue: fc.jsonValue(),
        target: fc.oneof(
          fc.jsonValue(),
          fc.record({ source: fc.jsonValue(), selector: fc.jsonValue() }),
          fc.record({
            source: fc.constant(doc.meta.source),
            selector: fc.array(
              fc.record({
                type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector'),
                exact: fc.oneof(fc.string(), fc.constant('الأمن الجماعي')),
                start: fc.integer(),
                end: fc.integer(),
              }),
            ),
          }),
        ),
        'qari:color': fc.oneof(fc.constantFrom('yellow', 'green', 'teal'), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(annotationLike, { maxLength: 5 }), (items) => {
        expectWellFormed(
          parseImportFile({ text: JSON.stringify(items), name: 'f.json' }, doc, options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('on exports with one value replaced, removed or retyped', () => {
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue(),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...exportedPaths), replacement, (path, value) => {
        const mutated = withValueAt(exported, path, value);
        expectWellFormed(
          parseImportFile({ text: JSON.stringify(mutated), name: 'f.json' }, doc, options),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('on exports (JSON and CSV) cut short or with characters inserted', () => {
    const texts = [JSON.stringify(exported), exportedCsv];
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.nat(),
        fc.string({ maxLength: 4, unit: 'binary' }),
        fc.boolean(),
        (which, at, insert, cut) => {
          const text = texts[which]!;
          const i = at % (text.length + 1);
          const mangled = cut ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i);
          const name = which === 0 ? 'f.json' : 'f.csv';
          expectWellFormed(parseImportFile({ text: mangled, name }, doc, options));
          expectWellFormed(parseImportFile({ text: mangled }, doc, options));
        },
      ),
      { numRuns: 500 },
    );
  });
});
