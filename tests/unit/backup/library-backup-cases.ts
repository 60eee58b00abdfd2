import { describe as describeRange } from '../../../src/anchoring/describe';
import type { LibraryContents } from '../../../src/backup/build-library-backup';
import {
  buildLibraryBackup,
  serializeLibraryBackup,
} from '../../../src/backup/build-library-backup';
import type { ArticleDocument } from '../../../src/document/article-document';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import { addedDocument } from '../storage/document-store-cases';
import { DOC_ID, makeRecord } from '../storage/test-stores';
import { seedArticle } from '../../seed-article';

export const NOW = new Date('2024-06-01T12:00:00.000Z');
export const article = seedArticle();
export const BUNDLED_TEXTS = { [article.meta.id]: article.text };

/** An annotation on an added document quoting `phrase` there. */
export function annotationOn(
  doc: ArticleDocument,
  phrase: string,
  overrides: Partial<AnnotationRecord> = {},
): AnnotationRecord {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the document: ${phrase}`);
  return {
    id: crypto.randomUUID(),
    documentId: doc.meta.id,
    target: describeRange({ start, end: start + phrase.length }, doc.text),
    color: 'blue',
    note: 'ملاحظة: خطة جديدة',
    tags: ['سياسة', 'اقتصاد'],
    created: '2024-03-06T08:00:00.000Z',
    modified: '2024-03-07T08:00:00.000Z',
    deleted: null,
    ...overrides,
  };
}

/** A timeline event on an added document anchored on `phrase` there. */
export function eventOn(
  doc: ArticleDocument,
  phrase: string,
  overrides: Partial<TimelineEventRecord> = {},
): TimelineEventRecord {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the document: ${phrase}`);
  return {
    id: crypto.randomUUID(),
    documentId: doc.meta.id,
    title: phrase,
    date: { value: '2024-03-05', precision: 'day', calendar: 'gregorian', original: '5 مارس' },
    target: describeRange({ start, end: start + phrase.length }, doc.text),
    status: 'accepted',
    proposalId: `proposed-${start}-${start + phrase.length}`,
    created: '2024-03-06T08:30:00.000Z',
    modified: '2024-03-07T08:30:00.000Z',
    ...overrides,
  };
}

/**
 * A small library: two added documents (one trashed), the bundled one, notes and Trash, two
 * timeline events (one accepted, one added and undated) and a dismissed proposal.
 */
export function sampleLibrary() {
  const first = addedDocument();
  const trashed = addedDocument({ title: 'خبر محذوف' });
  const row = (doc: ArticleDocument, deleted: string | null = null) => ({
    row: {
      id: doc.meta.id,
      meta: doc.meta,
      added: doc.meta.added,
      lastOpened: '2024-03-06T09:00:00.000Z',
      deleted,
      hidden: false,
    },
    text: doc.text,
    blocks: doc.blocks,
  });
  const contents: LibraryContents = {
    documents: [row(first), row(trashed, '2024-04-01T00:00:00.000Z')],
    annotations: [
      annotationOn(first, 'خطة جديدة'),
      annotationOn(first, 'البند الأول', { note: '', tags: [], color: 'pink' }),
      annotationOn(trashed, 'سننفذها', { deleted: '2024-04-02T00:00:00.000Z' }),
      makeRecord({ note: 'على المقال المدمج' }),
    ],
    events: [
      eventOn(first, 'خطة جديدة'),
      eventOn(first, 'البند الأول', { status: 'added', proposalId: null, date: null }),
    ],
    dismissed: [
      {
        documentId: first.meta.id,
        proposalId: 'proposed-0-4',
        dismissed: '2024-03-06T09:00:00.000Z',
      },
    ],
    positions: { [first.meta.id]: { blockId: 'b2', offset: 10, fraction: 0.25 }, junk: 42 },
  };
  return { first, trashed, contents };
}

/** The sample library's backup file text. */
export function sampleFile(contents: LibraryContents = sampleLibrary().contents): string {
  return serializeLibraryBackup(
    buildLibraryBackup(contents, { now: NOW, bundled: [article.meta] }),
  );
}

/** A file edited as JSON by `edit`. */
export function editedFile(edit: (file: Record<string, unknown>) => unknown): string {
  return JSON.stringify(edit(JSON.parse(sampleFile()) as Record<string, unknown>));
}

type Entry = Record<string, unknown>;
const entries = (file: Entry, key: string) => file[key] as Entry[];

/** Files the parser refuses, and the code it gives. */
export const refusedFiles: [name: string, file: () => string, code: string][] = [
  ['a file cut short', () => sampleFile().slice(0, 500), 'invalid-json'],
  ['a file that is not JSON', () => '<html></html>', 'invalid-json'],
  ['an empty file', () => '', 'invalid-json'],
  ['a JSON list', () => '[]', 'not-ours'],
  [
    'our annotations export (another format)',
    () => editedFile((f) => ({ ...f, format: 'qari-annotations' })),
    'not-ours',
  ],
  ['a file without a format', () => editedFile(({ format: _, ...rest }) => rest), 'not-ours'],
  ['a file of a later version', () => editedFile((f) => ({ ...f, version: 3 })), 'future-version'],
  [
    'a version 1 file that lists events (version 1 had none)',
    () => editedFile(({ dismissed: _, ...f }) => ({ ...f, version: 1 })),
    'invalid',
  ],
  [
    'a timeline event of a document not in the file',
    () =>
      editedFile((f) => {
        const e = entries(f, 'events')[0];
        if (e) e.documentId = 'elsewhere';
        return f;
      }),
    'invalid',
  ],
  [
    'a timeline event without a quote',
    () =>
      editedFile((f) => {
        const e = entries(f, 'events')[0];
        if (e)
          e.target = { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } };
        return f;
      }),
    'invalid',
  ],
  [
    'a timeline event listed twice',
    () => editedFile((f) => ({ ...f, events: [...entries(f, 'events'), entries(f, 'events')[0]] })),
    'invalid',
  ],
  [
    'a dismissed proposal of a document not in the file',
    () =>
      editedFile((f) => {
        const d = entries(f, 'dismissed')[0];
        if (d) d.documentId = 'elsewhere';
        return f;
      }),
    'invalid',
  ],
  [
    'a file without its dismissed proposals',
    () => editedFile(({ dismissed: _, ...rest }) => rest),
    'invalid',
  ],
  ['a version that is no number', () => editedFile((f) => ({ ...f, version: '1' })), 'invalid'],
  [
    'a document whose blocks do not make its text',
    () =>
      editedFile((f) => {
        const doc = entries(f, 'documents')[0];
        if (doc) doc.text = `${String(doc.text)} زيادة`;
        return f;
      }),
    'invalid',
  ],
  [
    'an annotation of a document not in the file',
    () =>
      editedFile((f) => {
        const a = entries(f, 'annotations')[0];
        if (a) a['qari:document'] = 'elsewhere';
        return f;
      }),
    'invalid',
  ],
  [
    'an annotation with an unknown color',
    () =>
      editedFile((f) => {
        const a = entries(f, 'annotations')[0];
        if (a) a['qari:color'] = 'red';
        return f;
      }),
    'invalid',
  ],
  [
    'a document listed twice',
    () =>
      editedFile((f) => ({
        ...f,
        documents: [...entries(f, 'documents'), entries(f, 'documents')[0]],
      })),
    'invalid',
  ],
  ['a bad timestamp', () => editedFile((f) => ({ ...f, exported: 'yesterday' })), 'invalid'],
];

export { DOC_ID };
