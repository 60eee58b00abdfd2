import type { ArticleDocument, Block, BlockKind, DocumentMeta } from './article-document';
import { BLOCK_SEPARATOR } from './article-document';

/** A block before it has offsets: what a parser or an extractor hands over. */
export interface SourceBlock {
  kind: BlockKind;
  /** Trimmed, non-empty, without line breaks. */
  text: string;
  /** 1-based line in the source; defaults to the block's ordinal. */
  line?: number;
}

/**
 * Joins blocks into a document: ids `b<line>`, offsets into the canonical text (the blocks'
 * texts joined by {@link BLOCK_SEPARATOR}). The one way any document gets its canonical text,
 * bundled or added. Pure; never throws.
 */
export function buildDocument(meta: DocumentMeta, source: readonly SourceBlock[]): ArticleDocument {
  const blocks: Block[] = [];
  let offset = 0;
  source.forEach(({ kind, text, line = blocks.length + 1 }) => {
    const start = offset;
    const end = start + text.length;
    blocks.push({ id: `b${line}`, kind, text, start, end, line });
    offset = end + BLOCK_SEPARATOR.length;
  });
  return { meta, blocks, text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR) };
}
