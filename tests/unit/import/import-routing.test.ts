import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../src/document/article-document';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { parseImportFile } from '../../../src/import/import-file';
import type { LibraryEntry } from '../../../src/import/library-names';
import { documentNamedBy, libraryEntries, namesOf } from '../../../src/import/library-names';
import type { ImportOptions, RejectCode } from '../../../src/import/import-types';
import { dataset, doc as builtIn, NOW } from '../export/export-dataset';

// Issue 12: import on a document the reader added takes the items its source names (its web
// address, or its urn:uuid), leaves those of another document of the library for that one, and
// says of an item whose document is not in the library that it is not.

const ADDED_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OTHER_ID = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d';
const ADDED_URL = 'https://news.example/gaza/report';
const OTHER_URL = 'https://news.example/beirut/power';

/** An added document: the same text as the built-in (so its quotes are there), its own names. */
const added: ArticleDocument = {
  ...builtIn,
  meta: { ...builtIn.meta, id: ADDED_ID, source: ADDED_URL, builtIn: false },
};

const library: LibraryEntry[] = [
  { id: builtIn.meta.id, source: builtIn.meta.source },
  { id: ADDED_ID, source: ADDED_URL },
  { id: OTHER_ID, source: OTHER_URL },
];

const withLibrary: ImportOptions = { now: new Date('2026-12-01T08:00:00.000Z'), library };

const exported = JSON.parse(buildJsonLd(dataset.slice(0, 1), builtIn, { now: NOW })) as {
  first: { items: { target: { selector: unknown[] } }[] };
};
const item = exported.first.items[0]!;
const QUOTE_ONLY = [item.target.selector[0]];
const MISSING_QUOTE = [{ type: 'TextQuoteSelector', exact: 'نص لا يرد في المقال أبدا' }];

/** One W3C annotation naming `source`, with the real quote (and position) or a missing one. */
function annotation(source: string, selector: unknown[] = item.target.selector): object {
  return { ...item, target: { source, selector } };
}

/** What importing `items` into `doc` does with each: accepted, or its reason. */
function outcomes(
  items: object[],
  doc: ArticleDocument,
  options: ImportOptions = withLibrary,
): (RejectCode | 'accepted')[] {
  const result = parseImportFile({ text: JSON.stringify(items), name: 'a.json' }, doc, options);
  if (!result.ok) throw new Error(result.error);
  const reasons = new Map(result.rejected.map((r) => [r.index, r.reason]));
  return items.map((_, i) => reasons.get(i) ?? 'accepted');
}

const cases: { name: string; source: string; selector?: unknown[]; expected: string }[] = [
  { name: "the added document's web address", source: ADDED_URL, expected: 'accepted' },
  { name: 'its urn:uuid', source: `urn:uuid:${ADDED_ID}`, expected: 'accepted' },
  {
    name: 'its urn:uuid in capitals',
    source: `urn:uuid:${ADDED_ID.toUpperCase()}`,
    expected: 'accepted',
  },
  { name: "the built-in's source", source: builtIn.meta.source, expected: 'other-document' },
  {
    name: "another added document's urn:uuid",
    source: `urn:uuid:${OTHER_ID}`,
    expected: 'other-document',
  },
  {
    name: "another added document's web address, quote not here",
    source: OTHER_URL,
    selector: MISSING_QUOTE,
    expected: 'other-document',
  },
  {
    name: 'a urn:uuid of no document of the library',
    source: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    expected: 'not-in-library',
  },
  {
    name: 'a URN of a deleted or foreign document',
    source: 'urn:x-qari:doc:gone',
    expected: 'not-in-library',
  },
  {
    name: 'a web address of no document, quote found here (the same text served elsewhere)',
    source: 'https://mirror.example/copy',
    selector: QUOTE_ONLY,
    expected: 'accepted',
  },
  {
    name: 'a web address of no document, quote not here',
    source: 'https://elsewhere.example/article',
    selector: MISSING_QUOTE,
    expected: 'not-in-library',
  },
  {
    name: "its own web address, quote not here: the quote's fault",
    source: ADDED_URL,
    selector: MISSING_QUOTE,
    expected: 'quote-not-found',
  },
];

describe('import into an added document, by the source its items name', () => {
  it.each(cases)('$name → $expected', ({ source, selector, expected }) => {
    expect(outcomes([annotation(source, selector)], added)).toEqual([expected]);
  });

  it('keeps the position of an item naming the document by its urn:uuid', () => {
    const result = parseImportFile(
      { text: JSON.stringify([annotation(`urn:uuid:${ADDED_ID}`)]), name: 'a.json' },
      added,
      withLibrary,
    );
    expect(result).toMatchObject({
      ok: true,
      candidates: [{ documentId: ADDED_ID, target: dataset[0]!.target }],
    });
  });

  it('without the library known, any other URN is another document, as before', () => {
    const unknown = 'urn:uuid:11111111-2222-4333-8444-555555555555';
    expect(outcomes([annotation(unknown)], added, { now: NOW })).toEqual(['other-document']);
  });
});

describe('our own export, by the document it names', () => {
  const file = (doc: ArticleDocument) => ({
    text: buildJsonLd(
      dataset
        .filter((a) => a.deleted === null)
        .slice(0, 2)
        .map((a) => ({ ...a, documentId: doc.meta.id })),
      doc,
      { now: NOW },
    ),
    name: 'notes.json',
  });
  const reasons = (doc: ArticleDocument, into: ArticleDocument) => {
    const result = parseImportFile(file(doc), into, withLibrary);
    return result.ok ? result.rejected.map((r) => r.reason) : result.error;
  };

  it('comes back whole into its own added document', () => {
    const result = parseImportFile(file(added), added, withLibrary);
    expect(result).toMatchObject({ ok: true, format: 'qari', rejected: [] });
    expect(result.ok && result.candidates.map((c) => c.documentId)).toEqual([ADDED_ID, ADDED_ID]);
  });

  it('of another document of the library: left out for that one', () => {
    expect(reasons(builtIn, added)).toEqual(['other-document', 'other-document']);
  });

  it('of a document that is not in the library: left out, saying so', () => {
    const gone = { ...added, meta: { ...added.meta, id: '99999999-8888-4777-8666-555555555555' } };
    expect(reasons(gone, added)).toEqual(['not-in-library', 'not-in-library']);
  });
});

describe('library names', () => {
  it.each([
    [{ id: ADDED_ID, source: ADDED_URL }, [ADDED_URL, `urn:uuid:${ADDED_ID}`]],
    [
      { id: ADDED_ID, source: `urn:uuid:${ADDED_ID}` },
      [`urn:uuid:${ADDED_ID}`, `urn:uuid:${ADDED_ID}`],
    ],
    [{ id: builtIn.meta.id, source: builtIn.meta.source }, [builtIn.meta.source]],
  ])('%o goes by %o', (entry, expected) => {
    expect(namesOf(entry)).toEqual(expected);
  });

  it.each([
    [ADDED_URL, ADDED_ID],
    [`URN:UUID:${OTHER_ID.toUpperCase()}`, OTHER_ID],
    [builtIn.meta.source, builtIn.meta.id],
    [`${ADDED_URL}/`, null],
    ['urn:uuid:', null],
  ])('«%s» names %s', (source, expected) => {
    expect(documentNamedBy(library, source)).toBe(expected);
  });
});

describe('libraryEntries', () => {
  const row = (id: string, source: string | null, deleted: string | null = null) => ({
    id,
    meta: source === null ? null : { source },
    deleted,
  });
  const builtInEntry = { id: builtIn.meta.id, source: builtIn.meta.source };

  it.each([
    {
      name: 'added documents by their stored source, the bundled one from what is known',
      rows: [row(ADDED_ID, ADDED_URL), row(builtIn.meta.id, null)],
      expected: [{ id: ADDED_ID, source: ADDED_URL }, builtInEntry],
    },
    {
      name: 'a document in the Trash is not in the library',
      rows: [row(ADDED_ID, ADDED_URL), row(OTHER_ID, OTHER_URL, '2026-12-01T00:00:00.000Z')],
      expected: [{ id: ADDED_ID, source: ADDED_URL }, builtInEntry],
    },
    {
      name: 'no rows yet: what is known',
      rows: [],
      expected: [builtInEntry],
    },
  ])('$name', ({ rows, expected }) => {
    expect(libraryEntries(rows, [builtInEntry])).toEqual(expected);
  });
});
