import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../src/document/article-document';
import {
  buildLibraryCsv,
  buildLibraryHtml,
  buildLibraryJsonLd,
  buildLibraryMarkdown,
  type LibraryNotes,
} from '../../../src/export/export-library-notes';
import type { AnnotationRecord } from '../../../src/export/record-contract';
import { dataset, doc, NOW } from './export-dataset';
import { notPassed, runW3CTest } from './w3c-harness';

const english: DocumentMeta = {
  ...doc.meta,
  id: 'bonn-2026',
  title: 'Climate talks stall in Bonn',
  source: 'https://example.org/bonn',
  language: 'en',
  direction: 'ltr',
  builtIn: false,
};
const bonn: AnnotationRecord = {
  ...(dataset[0] as AnnotationRecord),
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  documentId: english.id,
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'Negotiators left', prefix: '', suffix: '' },
  },
  note: 'no text agreed',
  tags: [],
};
const live = dataset.filter((r) => r.deleted === null);
const notes: LibraryNotes = {
  records: [bonn, ...dataset],
  documents: new Map([
    [doc.meta.id, doc.meta],
    [english.id, english],
  ]),
  now: NOW,
};

interface Exported {
  '@context': unknown;
  total: number;
  first: { items: { id: string; target: { source: string }; 'qari:document': string }[] };
}

describe('the all-notes export', () => {
  const exported = JSON.parse(buildLibraryJsonLd(notes)) as Exported;

  it('JSON-LD passes the W3C collection, page and annotation MUST assertions', () => {
    expect(notPassed(runW3CTest('collections/collectionMusts.test', exported))).toEqual([]);
    expect(notPassed(runW3CTest('collections/pages/pageMusts.test', exported))).toEqual([]);
    for (const item of exported.first.items) {
      const standalone = { '@context': exported['@context'], ...item };
      expect(notPassed(runW3CTest('annotations/annotationMusts.test', standalone))).toEqual([]);
    }
  });

  it('JSON-LD targets each annotation at its own document, live ones only, in the given order', () => {
    expect(exported.total).toBe(live.length + 1);
    expect(exported.first.items[0]).toMatchObject({
      id: `urn:uuid:${bonn.id}`,
      target: { source: 'https://example.org/bonn' },
      'qari:document': 'bonn-2026',
    });
    for (const item of exported.first.items.slice(1)) {
      expect(item.target.source).toBe(doc.meta.source);
      expect(item['qari:document']).toBe(doc.meta.id);
    }
  });

  it('CSV names each row’s document in Title and URL', () => {
    const rows = buildLibraryCsv(notes).split('\r\n');
    expect(rows[1]).toContain('Negotiators left,Climate talks stall in Bonn,');
    expect(rows[1]).toContain('https://example.org/bonn');
    expect(rows.filter((row) => row.includes(doc.meta.title))).toHaveLength(live.length);
  });

  it('Markdown names each note’s document, its title in its direction', () => {
    const markdown = buildLibraryMarkdown(notes);
    expect(markdown).toContain('📄 Climate talks stall in Bonn — https://example.org/bonn');
    expect(markdown.split(`📄 ${doc.meta.title}`)).toHaveLength(live.length + 1);
    expect(markdown).not.toContain('<script>');
  });

  it('HTML names each note’s document in its language and direction, escaping user text', () => {
    const html = buildLibraryHtml(notes);
    expect(html).toContain('<cite lang="en" dir="ltr">Climate talks stall in Bonn</cite>');
    expect(html.split(`<cite lang="ar" dir="rtl">${doc.meta.title}</cite>`)).toHaveLength(
      live.length + 1,
    );
    expect(html).not.toMatch(/<script/i);
  });
});
