import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/import/import-file';
import type { ImportResult } from '../../../src/import/import-types';
import type { AnnotationRecord } from '../../../src/export/record-contract';
import { doc } from '../export/export-dataset';
import { foreignFiles, foreignItems, type ForeignExpected } from './import-foreign-cases';

// Issue 5: import accepts "W3C annotations from other tools (a single Annotation, an array, a
// collection or page)". The sample fixtures cover a page and a single annotation; these are a
// foreign AnnotationCollection with its items embedded, and a bare array of the same items.

const options = { now: new Date('2026-12-01T08:00:00.000Z') };
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function read(fileName: string, json: unknown): ImportResult {
  return parseImportFile({ text: JSON.stringify(json, null, 2), name: fileName }, doc, options);
}

function accepted(result: ImportResult) {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

/** The record an expectation describes (id checked separately). */
function expectedRecord(e: ForeignExpected): Omit<AnnotationRecord, 'id' | 'target'> {
  const now = options.now.toISOString();
  return {
    documentId: doc.meta.id,
    color: 'yellow',
    note: e.note,
    tags: e.tags,
    created: e.created === 'now' ? now : e.created,
    modified: e.modified === 'now' ? now : e.modified,
    deleted: null,
  };
}

const acceptedCases = foreignItems.flatMap((c, index) =>
  typeof c.expected === 'string' ? [] : [{ ...c, index, expected: c.expected }],
);
const rejectedCases = foreignItems.flatMap((c, index) =>
  typeof c.expected === 'string' ? [[index, c.expected] as const] : [],
);

describe.each(foreignFiles)('$name', ({ fileName, json }) => {
  it('is read as W3C, with each item accepted or refused for its own reason', () => {
    const result = accepted(read(fileName, json));
    expect(result.format).toBe('w3c');
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual(rejectedCases);
    expect(result.candidates).toHaveLength(acceptedCases.length);
  });

  it.each(acceptedCases)('$name', ({ index, expected }) => {
    const result = accepted(read(fileName, json));
    const rank = acceptedCases.findIndex((c) => c.index === index);
    const candidate = result.candidates[rank]!;
    expect(candidate).toMatchObject(expectedRecord(expected));

    // Located in this article by quote (and its context), with this article's context stored.
    const start = doc.text.indexOf(expected.before + expected.exact) + expected.before.length;
    expect(start).toBeGreaterThanOrEqual(expected.before.length);
    expect(candidate.target!.position).toEqual({
      type: 'TextPositionSelector',
      start,
      end: start + expected.exact.length,
    });
    expect(candidate.target!.quote.exact).toBe(expected.exact);
    expect(candidate.target!.quote.prefix).toBe(
      doc.text.slice(start - candidate.target!.quote.prefix.length, start),
    );

    if (expected.id.kind === 'kept') expect(candidate.id).toBe(expected.id.value);
    else expect(candidate.id).toMatch(UUID_V5);
  });
});

describe('foreign files, whatever the container', () => {
  it('give the same records as a collection, as an array and again (ids are stable)', () => {
    const results = foreignFiles.map(({ fileName, json }) => accepted(read(fileName, json)));
    const again = accepted(read(foreignFiles[0]!.fileName, foreignFiles[0]!.json));
    for (const result of [...results.slice(1), again]) {
      expect(result.candidates).toEqual(results[0]!.candidates);
    }
    const ids = results[0]!.candidates.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a foreign collection saying it holds nothing is empty, not wrong', () => {
    const { json } = foreignFiles[0]!;
    const empty = { ...(json as object), total: 0, first: undefined };
    expect(read('c.json', empty)).toEqual({ ok: false, error: 'empty' });
    const emptyPage = { ...(json as object), first: { type: 'AnnotationPage', items: [] } };
    expect(read('c.json', emptyPage)).toEqual({ ok: false, error: 'empty' });
  });
});
