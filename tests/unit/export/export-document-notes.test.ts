import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/export/export-csv';
import { buildHtml } from '../../../src/export/export-html';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { buildLibraryJsonLd, buildLibraryMarkdown } from '../../../src/export/export-library-notes';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { parseImportFile } from '../../../src/import/import-file';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { dataset, doc, goldenOptions, NOW } from './export-dataset';
import { notPassed, runW3CTest } from './w3c-harness';

// Issue 15: a note on the whole document (no target) is exported first, with no quote.
const onDocument: AnnotationRecord = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  documentId: doc.meta.id,
  target: null,
  color: 'yellow',
  note: 'قراءة المقال مع ميثاق المنظمة مفتوحًا.',
  tags: ['منهج'],
  // Later than every highlight: it still comes first.
  created: '2026-11-28T08:00:00.000Z',
  modified: '2026-11-28T08:00:00.000Z',
  deleted: null,
};
const records: AnnotationRecord[] = [...dataset, onDocument];

interface Collection {
  '@context': unknown;
  first: { items: Record<string, unknown>[] };
}

describe('a document-level note in the exports', () => {
  const collection = JSON.parse(buildJsonLd(records, doc, { now: NOW })) as Collection;
  const first = collection.first.items[0];

  it('W3C: first, its target the document with no selector, and a valid annotation', () => {
    expect(first).toMatchObject({
      id: `urn:uuid:${onDocument.id}`,
      motivation: 'commenting',
      target: doc.meta.source,
    });
    const standalone = { '@context': collection['@context'], ...first };
    expect(notPassed(runW3CTest('annotations/annotationMusts.test', standalone))).toEqual([]);
    expect(notPassed(runW3CTest('collections/collectionMusts.test', collection))).toEqual([]);
  });

  it('W3C: a tags-only one is tagging, and still valid', () => {
    const tagsOnly = { ...onDocument, note: '' };
    const [item] = (JSON.parse(buildJsonLd([tagsOnly], doc, { now: NOW })) as Collection).first
      .items;
    expect(item).toMatchObject({ motivation: 'tagging' });
    const standalone = { '@context': collection['@context'], ...item };
    expect(notPassed(runW3CTest('annotations/annotationMusts.test', standalone))).toEqual([]);
  });

  it('re-importing our own export gives it back as it was', () => {
    const file = { text: buildJsonLd(records, doc, { now: NOW }), name: 'notes.jsonld' };
    const result = parseImportFile(file, doc, { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.rejected).toEqual([]);
    expect(result.candidates.find((c) => c.id === onDocument.id)).toEqual(onDocument);
  });

  it('Markdown: its note comes first after the headline, with no blockquote', () => {
    const md = buildMarkdown(records, doc, goldenOptions);
    // Front matter, headline, then the first annotation between rules.
    const firstAnnotation = md.split('\n---\n')[2] ?? '';
    expect(firstAnnotation).toContain(onDocument.note);
    expect(firstAnnotation).toContain('#منهج');
    expect(firstAnnotation).not.toMatch(/^> /m);
  });

  it('HTML: the first article has its note and no blockquote', () => {
    const html = buildHtml(records, doc, goldenOptions);
    const article = /<article id="a-([^"]+)"[^>]*>([\s\S]*?)<\/article>/.exec(html);
    expect(article?.[1]).toBe(onDocument.id);
    expect(article?.[2]).toContain(onDocument.note);
    expect(article?.[2]).not.toContain('<blockquote');
  });

  it('CSV: the first row, its Highlight and Location empty', () => {
    const rows = buildCsv(records, doc, goldenOptions).split('\r\n');
    expect(rows[1]).toMatch(/^,/);
    expect(rows[1]).toContain(onDocument.note);
  });

  it('the library exports list it with its document', () => {
    const notes = {
      records: [onDocument],
      documents: new Map([[doc.meta.id, doc.meta]]),
      now: NOW,
    };
    const library = JSON.parse(buildLibraryJsonLd(notes)) as Collection;
    expect(library.first.items[0]).toMatchObject({
      target: doc.meta.source,
      'qari:document': doc.meta.id,
    });
    const md = buildLibraryMarkdown(notes);
    expect(md).toContain(onDocument.note);
    expect(md).toContain(doc.meta.title);
    expect(md).not.toMatch(/^> /m);
  });
});
