import { describe, expect, it } from 'vitest';
import type { PassageRecord } from '../../../src/storage/annotation-record';
import { buildDocument } from '../../../src/document/build-document';
import { formatCitation } from '../../../src/export/citation';
import { buildCsv } from '../../../src/export/export-csv';
import { buildHtml } from '../../../src/export/export-html';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { NOW } from './export-dataset';

// Every builder reads the document it is given: an added English article exports in its own
// language and direction, under its own source, and leaves out what it does not know.
const english = buildDocument(
  {
    id: 'added-english',
    title: 'Floods in the valley',
    source: 'https://news.example/floods',
    siteName: null,
    author: null,
    published: null,
    added: '2026-12-04T07:00:00.000Z',
    modified: '2026-12-04T07:00:00.000Z',
    shortName: 'floods',
    builtIn: false,
    language: 'en',
    direction: 'ltr',
    translations: {},
  },
  [{ kind: 'paragraph', text: 'The river rose overnight.' }],
);

const record: PassageRecord = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  documentId: english.meta.id,
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'river rose',
      prefix: 'The ',
      suffix: ' overnight.',
    },
    position: { type: 'TextPositionSelector', start: 4, end: 14 },
  },
  color: 'yellow',
  note: 'Check the date',
  tags: [],
  created: '2026-12-04T07:10:00.000Z',
  modified: '2026-12-04T07:10:00.000Z',
  deleted: null,
};

describe('exports of an added English document', () => {
  const options = { now: NOW, url: 'https://qari.example/read' };

  it('writes HTML in the document language and direction', () => {
    const html = buildHtml([record], english, options);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<blockquote lang="en" dir="ltr">');
    expect(html).not.toContain('<time dir="ltr" datetime="">');
  });

  it('writes Markdown without right-to-left wrappers or an empty date', () => {
    const md = buildMarkdown([record], english, options);
    expect(md).not.toContain('dir="rtl"');
    expect(md).not.toMatch(/^date:/m);
    expect(md).toContain('# Floods in the valley');
  });

  it("names the document's own source in JSON-LD, and its title", () => {
    const json = JSON.parse(buildJsonLd([record], english, options)) as {
      label: string;
      first: { items: { target: { source: string } }[] };
    };
    expect(json.label).toBe('Floods in the valley');
    expect(json.first.items[0]?.target.source).toBe('https://news.example/floods');
  });

  it('puts the title in the CSV and leaves an unknown author empty', () => {
    const row = buildCsv([record], english, options).split('\r\n')[1] ?? '';
    expect(row).toMatch(/^river rose,Floods in the valley,,https:\/\/qari\.example\/read,/);
  });

  it('cites only what is known', () => {
    expect(formatCitation(record, english, { uiLanguage: 'en', url: options.url })).toBe(
      '“river rose”\n— Floods in the valley, https://qari.example/read',
    );
  });
});
