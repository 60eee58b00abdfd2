import type { ArticleDocument } from '../src/document/article-document';
import { buildDocument, type SourceBlock } from '../src/document/build-document';
import { seedArticle } from './seed-article';

/** Size of the long document's canonical text in UTF-8, as issue 12 sets it: 1 MB. */
export const LONG_DOCUMENT_BYTES = 1_000_000;
export const LONG_DOCUMENT_ID = 'long-document-1mb';
export const LONG_DOCUMENT_TITLE = 'تقرير طويل: أحداث كازاخستان في مئة وخمسين جزءًا';
/** A word found only in the long document's last paragraph. */
export const LAST_PARAGRAPH_WORD = 'القرنفل';
/** The long document's last paragraph, which ends it (after the repeated parts). */
export const LAST_PARAGRAPH = `وفي ختام هذا التقرير الطويل يبقى ${LAST_PARAGRAPH_WORD} شاهدًا على أن القراءة تصل إلى آخر سطر.`;

const utf8 = new TextEncoder();

/**
 * A long Arabic report built from the seed article's body (lede, paragraphs, headings) repeated
 * in numbered parts until its text is {@link LONG_DOCUMENT_BYTES} in UTF-8 (about 3,300
 * blocks), each part opened by its own heading and each paragraph tagged with its part, so no
 * two blocks are the same text; then {@link LAST_PARAGRAPH}. An added document, as the Add
 * article dialog would make it.
 */
export function longArabicDocument(): ArticleDocument {
  const seed = seedArticle();
  const body = seed.blocks.filter((b) => b.kind !== 'credit' && b.kind !== 'source');
  const blocks: SourceBlock[] = [];
  let bytes = 0;
  const add = (block: SourceBlock) => {
    blocks.push(block);
    bytes += utf8.encode(block.text).length + 1;
  };
  const lastBytes = utf8.encode(LAST_PARAGRAPH).length;
  for (let part = 1; bytes + lastBytes < LONG_DOCUMENT_BYTES; part++) {
    add({ kind: 'heading', text: `الجزء ${part}` });
    for (const block of body) {
      if (bytes + lastBytes >= LONG_DOCUMENT_BYTES) break;
      const kind = block.kind === 'lede' || block.kind === 'related' ? 'paragraph' : block.kind;
      add({ kind, text: `${block.text} (${part})` });
    }
  }
  add({ kind: 'paragraph', text: LAST_PARAGRAPH });
  const added = '2026-12-01T09:00:00.000Z';
  return buildDocument(
    {
      id: LONG_DOCUMENT_ID,
      title: LONG_DOCUMENT_TITLE,
      source: `urn:uuid:${LONG_DOCUMENT_ID}`,
      siteName: seed.meta.siteName,
      author: null,
      published: seed.meta.published,
      added,
      modified: added,
      shortName: LONG_DOCUMENT_ID,
      builtIn: false,
      language: 'ar',
      direction: 'rtl',
      translations: {},
    },
    blocks,
  );
}

/**
 * The built-in article as an added document (its own id, not built in): the same text through
 * the same store path as the long one, for figures side by side.
 */
export function builtInAsAdded(): ArticleDocument {
  const seed = seedArticle();
  const id = 'built-in-copy';
  // Its own title too: the page opens on the prerendered built-in, and the benchmark waits for
  // this one's headline.
  const title = `${seed.meta.title} (نسخة)`;
  return {
    ...seed,
    meta: { ...seed.meta, id, title, builtIn: false, source: `urn:uuid:${id}`, translations: {} },
  };
}
