import { describe, expect, it } from 'vitest';
import type { AnnotationStore } from '../../../src/storage/annotation-store';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { createDexieDocumentStore } from '../../../src/storage/dexie-document-backend';
import type { DocumentStore } from '../../../src/storage/document-store';
import { createMemoryStore } from '../../../src/storage/memory-backend';
import { createMemoryDocumentStore } from '../../../src/storage/memory-document-backend';
import { openStore } from '../../../src/storage/open-store';
import { documentStoreMakers } from '../../../src/storage/document-store-makers';
import { normalizeAnnotation } from '../../../src/storage/validate-annotation';
import { addedDocument, refusedDocuments } from './document-store-cases';
import { DOC_ID, fixedNow, freshDeps, makeRecord, rejection, uniqueName } from './test-stores';

interface Stores {
  documents: DocumentStore;
  annotations: AnnotationStore;
  /** The Dexie database, to break; null for memory. */
  db: QariDb | null;
}

const kinds: [kind: string, make: () => Stores][] = [
  [
    'indexeddb',
    () => {
      const db = new QariDb({ name: uniqueName(), deps: freshDeps() });
      const now = fixedNow();
      return {
        documents: createDexieDocumentStore(db, { now, normalizeAnnotation }),
        annotations: createDexieStore(db, { now }),
        db,
      };
    },
  ],
  [
    'memory',
    () => {
      const annotations = createMemoryStore({ now: fixedNow() });
      return {
        documents: createMemoryDocumentStore({ now: fixedNow(), normalizeAnnotation, annotations }),
        annotations,
        db: null,
      };
    },
  ],
];

describe.each(kinds)('%s document store', (_kind, make) => {
  it('adds a document and gives back its text, blocks and metadata', async () => {
    const { documents } = make();
    const doc = addedDocument();
    const record = await documents.addDocument(doc);
    expect(record).toMatchObject({ id: doc.meta.id, meta: doc.meta, deleted: null });
    expect(await documents.getDocument(doc.meta.id)).toEqual({
      record,
      text: doc.text,
      blocks: doc.blocks,
    });
    expect(await documents.listDocuments()).toEqual([record]);
    expect(await documents.getDocument('absent')).toBeNull();
  });

  it.each(refusedDocuments)('refuses %s, writing nothing', async (_name, doc) => {
    const { documents } = make();
    expect((await rejection(documents.addDocument(doc()))).code).toBe('invalid');
    expect(await documents.listDocuments()).toEqual([]);
  });

  it('refuses a second document with a taken id, keeping the first', async () => {
    const { documents } = make();
    const first = addedDocument();
    await documents.addDocument(first);
    const second = addedDocument({ id: first.meta.id, title: 'آخر' });
    expect((await rejection(documents.addDocument(second))).code).toBe('invalid');
    expect((await documents.getDocument(first.meta.id))?.record.meta.title).toBe(first.meta.title);
  });

  it('finds the copy of a text already in the library, and only an exact one', async () => {
    const { documents } = make();
    const doc = addedDocument();
    await documents.addDocument(doc);
    expect((await documents.findByText(doc.text))?.id).toBe(doc.meta.id);
    expect(await documents.findByText(`${doc.text} `)).toBeNull();
  });

  it('gives the text lengths of the documents asked for, in one read, skipping absent ones', async () => {
    const { documents } = make();
    const doc = addedDocument();
    await documents.addDocument(doc);
    expect(await documents.textLengths([doc.meta.id, 'absent', DOC_ID])).toEqual(
      new Map([[doc.meta.id, doc.text.length]]),
    );
    expect(await documents.textLengths([])).toEqual(new Map());
  });

  it('records when a document, or the bundled one, was last opened', async () => {
    const { documents } = make();
    const doc = addedDocument();
    await documents.addDocument(doc);
    expect((await documents.touchDocument(doc.meta.id)).lastOpened).toBe(
      '2024-01-01T00:00:00.000Z',
    );
    const bundled = await documents.touchDocument(DOC_ID);
    expect(bundled).toMatchObject({ id: DOC_ID, meta: null, lastOpened: expect.any(String) });
    expect(await documents.getDocumentRecord(DOC_ID)).toEqual(bundled);
  });

  it('moves a document to the Trash with its annotations and brings both back', async () => {
    const { documents, annotations } = make();
    const doc = addedDocument();
    await documents.addDocument(doc);
    const note = makeRecord({ documentId: doc.meta.id, note: 'ملاحظة' });
    await annotations.saveAnnotation(note);
    const trashed = await documents.trashDocument(doc.meta.id);
    expect(trashed?.deleted).toBe('2024-01-01T00:00:00.000Z');
    expect(await annotations.listAnnotations(doc.meta.id)).toEqual([note]);
    expect((await documents.restoreDocument(doc.meta.id))?.deleted).toBeNull();
    expect(await annotations.listAnnotations(doc.meta.id)).toEqual([note]);
    expect(await documents.trashDocument('absent')).toBeNull();
  });

  it('deletes for good only from the Trash, with its text and annotations', async () => {
    const { documents, annotations } = make();
    const doc = addedDocument();
    const other = addedDocument({}, [{ kind: 'paragraph', text: 'نص مقال آخر' }]);
    await documents.addDocument(doc);
    await documents.addDocument(other);
    await annotations.saveAnnotation(makeRecord({ documentId: doc.meta.id }));
    const kept = makeRecord({ documentId: other.meta.id });
    await annotations.saveAnnotation(kept);
    expect((await rejection(documents.purgeDocument(doc.meta.id))).code).toBe('invalid');
    await documents.trashDocument(doc.meta.id);
    expect(await documents.purgeDocument(doc.meta.id)).toBe(true);
    expect(await documents.getDocumentRecord(doc.meta.id)).toBeNull();
    expect(await documents.findByText(doc.text)).toBeNull();
    expect(await annotations.listAnnotations(doc.meta.id)).toEqual([]);
    expect(await annotations.listAnnotations(other.meta.id)).toEqual([kept]);
    expect(await documents.purgeDocument(doc.meta.id)).toBe(false);
  });

  it('imports documents with their annotations in one transaction', async () => {
    const { documents, annotations } = make();
    const first = addedDocument();
    const second = addedDocument({}, [{ kind: 'paragraph', text: 'نص مقال آخر' }]);
    const note = makeRecord({ documentId: first.meta.id, note: 'ملاحظة' });
    const progress: number[] = [];
    const rows = await documents.importDocuments(
      [
        { doc: first, annotations: [note] },
        { doc: second, annotations: [] },
      ],
      { onProgress: ({ done }) => progress.push(done) },
    );
    expect(rows.map((r) => r.id)).toEqual([first.meta.id, second.meta.id]);
    expect(progress).toEqual([1, 2]);
    expect((await documents.getDocument(second.meta.id))?.text).toBe(second.text);
    expect(await annotations.listAnnotations(first.meta.id)).toEqual([note]);
  });

  it.each([
    ['a taken id', 'invalid'],
    ['an annotation of another document', 'invalid'],
    ['an invalid annotation', 'invalid'],
    ['a cancel', 'unknown'],
  ] as const)('imports nothing when one item has %s', async (fault, code) => {
    const { documents, annotations } = make();
    const taken = addedDocument();
    await documents.addDocument(taken);
    const doc = addedDocument({}, [{ kind: 'paragraph', text: 'نص مقال آخر' }]);
    const note = makeRecord({ documentId: doc.meta.id });
    const controller = new AbortController();
    const items = [
      { doc, annotations: [note] },
      {
        doc: fault === 'a taken id' ? taken : addedDocument({}, [{ kind: 'paragraph', text: 'ج' }]),
        annotations:
          fault === 'an annotation of another document'
            ? [makeRecord({ documentId: taken.meta.id })]
            : fault === 'an invalid annotation'
              ? [makeRecord({ documentId: doc.meta.id, color: 'red' as never })]
              : [],
      },
    ];
    const onProgress = () => {
      if (fault === 'a cancel') controller.abort();
    };
    const error = await rejection(
      documents.importDocuments(items, { signal: controller.signal, onProgress }),
    );
    expect(error.code).toBe(code);
    expect((await documents.listDocuments()).map((r) => r.id)).toEqual([taken.meta.id]);
    expect(await annotations.listAnnotations(doc.meta.id)).toEqual([]);
  });

  it('adds highlights to documents already in the library in the same transaction', async () => {
    const { documents, annotations } = make();
    const copy = addedDocument();
    await documents.addDocument(copy);
    const doc = addedDocument({}, [{ kind: 'paragraph', text: 'نص مقال آخر' }]);
    const onCopy = makeRecord({ documentId: copy.meta.id, note: 'من النسخة المكررة' });
    const onBundled = makeRecord({ documentId: DOC_ID });
    await documents.importDocuments([{ doc, annotations: [] }], {}, [onCopy, onBundled]);
    expect(await annotations.listAnnotations(copy.meta.id)).toEqual([onCopy]);
    expect(await annotations.listAnnotations(DOC_ID)).toEqual([onBundled]);
  });

  it.each([
    ['a cancel', 'unknown'],
    ['an invalid highlight for a copy', 'invalid'],
    ['a highlight for a copy that names a document being added', 'invalid'],
  ] as const)('adds no highlight to a copy on %s', async (fault, code) => {
    const { documents, annotations } = make();
    const copy = addedDocument();
    await documents.addDocument(copy);
    const doc = addedDocument({}, [{ kind: 'paragraph', text: 'نص مقال آخر' }]);
    const controller = new AbortController();
    const toExisting = [
      makeRecord({ documentId: copy.meta.id }),
      fault === 'an invalid highlight for a copy'
        ? makeRecord({ documentId: copy.meta.id, color: 'red' as never })
        : makeRecord({
            documentId: fault === 'a cancel' ? copy.meta.id : doc.meta.id,
            note: 'ب',
          }),
    ];
    const onProgress = () => controller.abort();
    const error = await rejection(
      documents.importDocuments(
        [{ doc, annotations: [] }],
        { signal: controller.signal, onProgress },
        toExisting,
      ),
    );
    expect(error.code).toBe(code);
    expect((await documents.listDocuments()).map((r) => r.id)).toEqual([copy.meta.id]);
    expect(await annotations.listAnnotations(copy.meta.id)).toEqual([]);
  });

  it('only hides the bundled document, never trashes or deletes it', async () => {
    const { documents, annotations } = make();
    const note = makeRecord();
    await annotations.saveAnnotation(note);
    expect((await documents.setHidden(DOC_ID, true)).hidden).toBe(true);
    expect((await rejection(documents.trashDocument(DOC_ID))).code).toBe('invalid');
    expect((await rejection(documents.purgeDocument(DOC_ID))).code).toBe('invalid');
    expect((await documents.setHidden(DOC_ID, false)).hidden).toBe(false);
    expect(await annotations.listAnnotations(DOC_ID)).toEqual([note]);
  });
});

describe('indexeddb document store, when a write fails', () => {
  it('leaves no part of a document behind', async () => {
    const [, make] = kinds[0]!;
    const { documents, db } = make();
    // The text's write fails after the row's: the whole transaction must roll back.
    db!.documentTexts.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const doc = addedDocument();
    expect((await rejection(documents.addDocument(doc))).code).toBe('quota-exceeded');
    expect(await documents.listDocuments()).toEqual([]);
    expect(await documents.findByText(doc.text)).toBeNull();
  });

  it('rejects with closed once the database is closed', async () => {
    const [, make] = kinds[0]!;
    const { documents, db } = make();
    db!.close();
    expect((await rejection(documents.addDocument(addedDocument()))).code).toBe('closed');
  });
});

describe('openStore', () => {
  it.each([
    ['indexeddb', () => ({ name: uniqueName(), deps: freshDeps() })],
    ['memory', () => ({ deps: null })],
  ] as const)(
    'opens one library on the %s store, beside its annotations',
    async (_kind, options) => {
      const opened = await openStore(options());
      const documents = opened.openDocuments?.(documentStoreMakers);
      expect(opened.openDocuments?.(documentStoreMakers)).toBe(documents);
      const doc = addedDocument();
      await documents?.addDocument(doc);
      await opened.store.saveAnnotation(makeRecord({ documentId: doc.meta.id }));
      await documents?.trashDocument(doc.meta.id);
      await documents?.purgeDocument(doc.meta.id);
      expect(await opened.store.listAnnotations(doc.meta.id)).toEqual([]);
      opened.store.close();
    },
  );
});
