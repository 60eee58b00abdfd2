import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportErrorCode, ImportFile, RejectCode } from '../../../src/import/import-types';
import { MAX_IMPORT_BYTES } from '../../../src/import/import-types';

/** Reads a file under tests/fixtures/import/. */
export function importFixture(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');
}

/** A case whose whole file is refused. */
export interface FileErrorCase {
  name: string;
  file: ImportFile;
  error: ImportErrorCode;
}

export const fileErrorCases: FileErrorCase[] = [
  {
    name: 'not JSON, named .json',
    file: { text: 'this is not json', name: 'a.json' },
    error: 'not-json',
  },
  {
    name: 'truncated JSON',
    file: { text: '{"type": "Annotation", ', name: 'a.jsonld' },
    error: 'not-json',
  },
  {
    name: 'JSON by MIME type only',
    file: { text: '{oops}', type: 'application/ld+json' },
    error: 'not-json',
  },
  { name: 'unnamed text that looks like JSON', file: { text: '  [1, 2' }, error: 'not-json' },
  { name: 'a JSON number', file: { text: '42', name: 'a.json' }, error: 'wrong-shape' },
  { name: 'a JSON string', file: { text: '"annotations"', name: 'a.json' }, error: 'wrong-shape' },
  { name: 'null', file: { text: 'null', name: 'a.json' }, error: 'wrong-shape' },
  {
    name: 'an unrelated object',
    file: { text: '{"hello": "world"}', name: 'a.json' },
    error: 'wrong-shape',
  },
  {
    name: 'a collection whose page is only an address',
    file: {
      text: '{"type":"AnnotationCollection","total":3,"first":"http://example.org/page1"}',
      name: 'c.json',
    },
    error: 'wrong-shape',
  },
  {
    name: 'a page without items',
    file: { text: '{"type":"AnnotationPage"}', name: 'p.json' },
    error: 'wrong-shape',
  },
  {
    name: 'CSV without a Highlight column',
    file: { text: 'Quote,Note\r\nx,y\r\n', name: 'a.csv' },
    error: 'wrong-shape',
  },
  { name: 'an empty file', file: { text: '', name: 'a.json' }, error: 'empty' },
  {
    name: 'only whitespace and a BOM',
    file: { text: '\uFEFF \n\t ', name: 'a.csv' },
    error: 'empty',
  },
  { name: 'an empty array', file: { text: '[]', name: 'a.json' }, error: 'empty' },
  {
    name: 'Hypothesis export with no annotations',
    file: { text: '{"annotations": []}', name: 'h.json' },
    error: 'empty',
  },
  {
    name: 'an empty collection',
    file: { text: '{"type":"AnnotationCollection","total":0}', name: 'c.json' },
    error: 'empty',
  },
  {
    name: 'CSV with a header only',
    file: { text: 'Highlight,Note\r\n', name: 'a.csv' },
    error: 'empty',
  },
  {
    name: 'over 20 MB by its reported size, checked before parsing',
    file: { text: '[]', name: 'a.json', size: MAX_IMPORT_BYTES + 1 },
    error: 'too-large',
  },
  {
    name: 'over 20 MB of text',
    file: { text: ' '.repeat(MAX_IMPORT_BYTES + 1), name: 'a.json' },
    error: 'too-large',
  },
  {
    name: 'over 20 MB once encoded as UTF-8 (Arabic is 2 bytes a letter)',
    file: { text: 'ب'.repeat(MAX_IMPORT_BYTES / 2 + 1), name: 'a.csv' },
    error: 'too-large',
  },
  {
    name: 'a Markdown file',
    file: { text: '# notes', name: 'notes.md' },
    error: 'unsupported-format',
  },
  {
    name: 'a PDF by type',
    file: { text: '%PDF-1.7', type: 'application/pdf' },
    error: 'unsupported-format',
  },
  { name: 'unnamed prose', file: { text: 'just some words' }, error: 'unsupported-format' },
];

/** A case whose file is read, with what it must give. */
export interface ItemsCase {
  name: string;
  fixture: string;
  format: 'qari' | 'w3c' | 'hypothesis' | 'csv';
  accepted: number;
  /** Of those accepted, how many are notes on the whole document (no quote); 0 if absent. */
  documentNotes?: number;
  rejected: [index: number, reason: RejectCode][];
}

export const fixtureCases: ItemsCase[] = [
  {
    name: 'Hypothesis export',
    fixture: 'hypothesis-export.json',
    format: 'hypothesis',
    // The page note (no selector) is kept as a note on the whole document: its page's
    // highlights are in this article (issue 15).
    accepted: 3,
    documentNotes: 1,
    rejected: [
      [2, 'quote-not-found'],
      [4, 'duplicate-id'],
    ],
  },
  {
    name: 'Hypothesis search API page ({ total, rows }): a highlight, a page note, a reply',
    fixture: 'hypothesis-api.json',
    format: 'hypothesis',
    accepted: 2,
    documentNotes: 1,
    rejected: [[2, 'reply']],
  },
  {
    name: 'single W3C annotation',
    fixture: 'w3c-annotation.jsonld',
    format: 'w3c',
    accepted: 1,
    rejected: [],
  },
  {
    name: 'W3C AnnotationPage',
    fixture: 'w3c-page.json',
    format: 'w3c',
    accepted: 1,
    rejected: [
      [1, 'other-document'],
      [2, 'invalid-id'],
      [3, 'invalid-color'],
      [4, 'invalid-date'],
      [5, 'invalid-annotation'],
    ],
  },
  {
    name: 'Readwise-style CSV',
    fixture: 'readwise.csv',
    format: 'csv',
    accepted: 2,
    rejected: [
      [1, 'other-document'],
      [3, 'quote-not-found'],
      [4, 'missing-target'],
      [5, 'invalid-date'],
    ],
  },
];
