import type { ArticleDocument, DocumentMeta } from '../../../src/document/article-document';
import { buildDocument, type SourceBlock } from '../../../src/document/build-document';

/** Metadata of an added document; `overrides` change any field. */
export function addedMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: crypto.randomUUID(),
    title: 'بيان صحفي',
    source: 'https://news.example/statement',
    siteName: 'News Example',
    author: null,
    published: { value: '2024-03-01', guessed: true },
    added: '2024-03-05T10:00:00.000Z',
    modified: '2024-03-05T10:00:00.000Z',
    shortName: 'statement',
    builtIn: false,
    language: 'ar',
    direction: 'rtl',
    translations: {},
    ...overrides,
  };
}

const BLOCKS: SourceBlock[] = [
  { kind: 'heading', text: 'بيان صحفي' },
  { kind: 'paragraph', text: 'أعلنت الوزارة اليوم عن خطة جديدة.' },
  { kind: 'list-item', text: 'البند الأول' },
  { kind: 'quote', text: '«سننفذها هذا العام»' },
];

/** An added document, text built as the app builds every document. */
export function addedDocument(
  overrides: Partial<DocumentMeta> = {},
  blocks: SourceBlock[] = BLOCKS,
): ArticleDocument {
  return buildDocument(addedMeta(overrides), blocks);
}

/** Documents `addDocument` must refuse (`invalid`), writing nothing. */
export const refusedDocuments: [name: string, doc: () => ArticleDocument][] = [
  ['one that claims to be built in', () => addedDocument({ builtIn: true })],
  ['one without an id', () => addedDocument({ id: '' })],
  ['one whose text is not its blocks', () => ({ ...addedDocument(), text: 'نص آخر' })],
  [
    'one whose block offsets are wrong',
    () => {
      const doc = addedDocument();
      return { ...doc, blocks: doc.blocks.map((b) => ({ ...b, start: b.start + 1 })) };
    },
  ],
];
