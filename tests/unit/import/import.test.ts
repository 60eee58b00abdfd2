import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/export/export-csv';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { parseImportFile } from '../../../src/import/import-file';
import type { ImportResult } from '../../../src/import/import-types';
import { MAX_NOTE_LENGTH } from '../../../src/export/record-contract';
import type { AnnotationRecord } from '../../../src/export/record-contract';
import { hasPassage } from '../../../src/storage/annotation-record';
import { dataset, doc, NOW, targetFor } from '../export/export-dataset';
import { fileErrorCases, fixtureCases, importFixture } from './import-cases';

const options = { now: new Date('2026-12-01T08:00:00.000Z') };
const live = dataset.filter((a) => a.deleted === null);

function accepted(result: ImportResult): AnnotationRecord[] {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.candidates;
}

function byId(records: readonly AnnotationRecord[]): AnnotationRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('files refused as a whole', () => {
  it.each(fileErrorCases)('$name → $error', ({ file, error }) => {
    expect(parseImportFile(file, doc, options)).toEqual({ ok: false, error });
  });
});

describe('sample files from other tools', () => {
  it.each(fixtureCases)(
    '$name',
    ({ fixture, format, accepted: count, documentNotes, rejected }) => {
      const result = parseImportFile({ text: importFixture(fixture), name: fixture }, doc, options);
      expect(result).toMatchObject({ ok: true, format });
      if (!result.ok) return;
      expect(result.rejected.map((r) => [r.index, r.reason])).toEqual(rejected);
      expect(result.candidates).toHaveLength(count);
      const onDocument = result.candidates.filter((c) => c.target === null);
      expect(onDocument).toHaveLength(documentNotes ?? 0);
      for (const c of onDocument) expect(c.note).not.toBe('');
      for (const c of result.candidates.filter(hasPassage)) {
        const { quote, position } = c.target;
        expect(position).toBeDefined();
        expect(doc.text.slice(position!.start, position!.end)).toBe(quote.exact);
        expect(c.documentId).toBe(doc.meta.id);
        expect(c.deleted).toBeNull();
      }
    },
  );

  it('Hypothesis: keeps markup as text, maps ids deterministically, ignores foreign offsets', () => {
    const file = { text: importFixture('hypothesis-export.json'), name: 'h.json' };
    const [first, second] = accepted(parseImportFile(file, doc, options));
    expect(first).toMatchObject({
      note: 'Compare with the **Valdai** statement <b>later</b> [link](javascript:alert(1))',
      tags: ['CSTO', 'Valdai club'],
      color: 'yellow',
      created: '2024-02-28T09:12:44.811Z',
      modified: '2024-02-28T09:20:01.102Z',
    });
    expect(first!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(first!.target!.position!.start).toBe(doc.text.indexOf('منتدى نادي'));
    // Found though the file spells الارهابية without hamza; the quote is taken from the article.
    expect(second!.target!.quote.exact).toBe('قائمة موحدة للتنظيمات الإرهابية');
    const again = accepted(parseImportFile(file, doc, options));
    expect(again.map((c) => c.id).slice(0, 2)).toEqual([first!.id, second!.id]);
  });

  it('Hypothesis: a page note of the page whose highlights are here is a note on the document', () => {
    const file = { text: importFixture('hypothesis-export.json'), name: 'h.json' };
    const candidates = accepted(parseImportFile(file, doc, options));
    // In file order: the page note is the fourth item, after the two highlights found.
    expect(candidates[2]).toMatchObject({
      target: null,
      note: 'A page note: no quote at all.',
      documentId: doc.meta.id,
    });
    // Alone, its web address names no document of this library: nothing says it is this one.
    const alone = JSON.parse(file.text) as { annotations: unknown[] };
    const pageNoteOnly = JSON.stringify({ annotations: [alone.annotations[3]] });
    expect(parseImportFile({ text: pageNoteOnly, name: 'h.json' }, doc, options)).toMatchObject({
      rejected: [{ index: 0, reason: 'other-document' }],
    });
  });

  it('W3C from another tool: note, tags, a UUID from its IRI, modified defaults to created', () => {
    const file = { text: importFixture('w3c-annotation.jsonld'), name: 'x.jsonld' };
    const [only] = accepted(parseImportFile(file, doc, options));
    expect(only).toMatchObject({
      note: 'ملاحظة من أداة أخرى',
      tags: ['كازاخستان'],
      created: '2023-05-01T08:00:00.000Z',
      modified: '2023-05-01T08:00:00.000Z',
    });
    expect(only!.target!.quote.prefix).not.toBe('');
  });

  it('CSV: inline tags split from the note, Location used as a checked position', () => {
    const file = { text: importFixture('readwise.csv'), name: 'r.csv' };
    const [first, second] = accepted(parseImportFile(file, doc, options));
    expect(first).toMatchObject({
      note: 'ملاحظة بعد الوسوم، بفاصلة',
      tags: ['ناتو', 'أمن_جماعي'],
      created: '2022-02-10T08:00:00.000Z',
      target: { position: { start: 64, end: 96 } },
    });
    expect(second).toMatchObject({
      note: 'Quote only, found by the quote',
      created: options.now.toISOString(),
    });
  });
});

describe('round trips', () => {
  it('JSON-LD export → import gives back the same records', () => {
    const text = buildJsonLd(dataset, doc, { now: NOW });
    const result = parseImportFile({ text, name: 'export.json' }, doc, options);
    expect(result).toMatchObject({ ok: true, format: 'qari', rejected: [] });
    // Everything comes back as it was; a quote-only target comes back with its verified position.
    const expected = live.map((a) => ({ ...a, target: targetFor(a.target.quote.exact) }));
    expect(byId(accepted(result))).toEqual(byId(expected));
  });

  it('CSV export → import gives back quotes, positions, notes, tags (as slugs) and times', () => {
    const text = buildCsv(dataset, doc, { url: 'https://qari.example/read' });
    const back = accepted(parseImportFile({ text, name: 'export.csv' }, doc, options));
    expect(back).toHaveLength(live.length);
    const byQuote = new Map(back.map((r) => [r.target!.quote.exact, r]));
    for (const original of live) {
      const copy = byQuote.get(original.target.quote.exact);
      expect(copy?.note).toBe(original.note);
      expect(copy?.created).toBe(original.created.replace(/\.\d{3}Z$/, '.000Z'));
      if (original.target.position) expect(copy?.target).toEqual(original.target);
      expect(copy?.tags).toHaveLength(original.tags.length);
    }
    const again = accepted(parseImportFile({ text, name: 'export.csv' }, doc, options));
    expect(again.map((r) => r.id)).toEqual(back.map((r) => r.id));
  });

  it('CSV export → import gives back a note on the whole document, by the row’s title', () => {
    const aboutAll = { ...live[0]!, id: crypto.randomUUID(), target: null, note: 'عن المقال كله' };
    const text = buildCsv([aboutAll, ...dataset], doc, { url: 'https://qari.example/read' });
    const back = accepted(parseImportFile({ text, name: 'export.csv' }, doc, options));
    expect(back).toHaveLength(live.length + 1);
    expect(back.filter((r) => r.target === null)).toEqual([
      expect.objectContaining({ note: 'عن المقال كله', documentId: doc.meta.id }),
    ]);
  });
});

describe('item checks', () => {
  const base = JSON.parse(buildJsonLd(dataset.slice(0, 1), doc, { now: NOW })) as {
    first: { items: Record<string, unknown>[] };
  };
  const item = base.first.items[0]!;
  const run = (items: unknown[]) =>
    parseImportFile({ text: JSON.stringify(items), name: 'a.json' }, doc, options);

  it('refuses a note over the limit', () => {
    const long = { ...item, bodyValue: 'x'.repeat(MAX_NOTE_LENGTH + 1), body: undefined };
    expect(run([long])).toMatchObject({
      ok: true,
      rejected: [{ index: 0, reason: 'note-too-long' }],
    });
  });

  it('refuses a duplicate id within the file, keeping the first', () => {
    expect(run([item, { ...item, 'qari:color': 'purple' }])).toMatchObject({
      ok: true,
      candidates: [{ color: 'green' }],
      rejected: [{ index: 1, reason: 'duplicate-id' }],
    });
  });

  it('refuses an id that is not a string', () => {
    expect(run([{ ...item, id: 12 }])).toMatchObject({ rejected: [{ reason: 'invalid-id' }] });
  });

  it('gives a missing color yellow and refuses an unknown one', () => {
    const noColor = { ...item, 'qari:color': undefined };
    expect(run([noColor])).toMatchObject({ candidates: [{ color: 'yellow' }] });
    expect(run([{ ...item, 'qari:color': 'chartreuse' }])).toMatchObject({
      rejected: [{ reason: 'invalid-color' }],
    });
  });

  it('refuses a target naming another document, and one whose selectors hold no quote', () => {
    const other = {
      ...item,
      target: { ...(item.target as object), source: 'urn:x-qari:doc:other' },
    };
    const noQuote = {
      ...item,
      id: undefined,
      target: { source: doc.meta.source, selector: [{ type: 'CssSelector', value: 'p' }] },
    };
    expect(run([other, noQuote])).toMatchObject({
      rejected: [
        { index: 0, reason: 'other-document' },
        { index: 1, reason: 'missing-target' },
      ],
    });
  });

  it.each([
    ['a source with no selector', (source: string) => ({ source })],
    ['a bare IRI', (source: string) => source],
  ])('takes %s naming this document as a note on the whole of it', (_name, target) => {
    const result = run([{ ...item, target: target(doc.meta.source) }]);
    expect(result).toMatchObject({ rejected: [] });
    expect(accepted(result)).toEqual([
      expect.objectContaining({
        target: null,
        note: 'Zas claims to speak for the whole organisation here.',
      }),
    ]);
    const elsewhere = run([{ ...item, target: target('urn:x-qari:doc:other') }]);
    expect(elsewhere).toMatchObject({ rejected: [{ index: 0, reason: 'other-document' }] });
  });

  it('accepts a source alias given by the caller as this document', () => {
    const aliased = {
      ...item,
      target: { ...(item.target as object), source: 'urn:isbn:0000000000' },
    };
    const result = parseImportFile({ text: JSON.stringify([aliased]), name: 'a.json' }, doc, {
      ...options,
      sourceAliases: ['urn:isbn:0000000000'],
    });
    expect(result).toMatchObject({ ok: true, rejected: [] });
  });

  it('re-anchors a stale position of this document by its quote', () => {
    const target = item.target as { selector: Record<string, unknown>[] };
    const stale = {
      ...item,
      target: {
        ...target,
        selector: [target.selector[0], { type: 'TextPositionSelector', start: 5, end: 37 }],
      },
    };
    const [c] = accepted(run([stale]));
    expect(c!.target).toEqual(dataset[0]!.target);
  });
});

describe('our own export of another document', () => {
  it('is refused item by item as other-document, even with a matching source', () => {
    const text = buildJsonLd(dataset, doc, { now: NOW }).replace(
      `"qari:document": "${doc.meta.id}"`,
      '"qari:document": "some-other-article"',
    );
    const result = parseImportFile({ text, name: 'other.json' }, doc, options);
    expect(result).toMatchObject({ ok: true, format: 'qari', candidates: [] });
    if (result.ok)
      expect(new Set(result.rejected.map((r) => r.reason))).toEqual(new Set(['other-document']));
  });
});
