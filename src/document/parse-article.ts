import type { ArticleDocument, Block, BlockKind } from './article-document';
import { BLOCK_SEPARATOR } from './article-document';
import { checkArticleMeta } from './check-article-meta';

/** Why an article could not be parsed; the UI translates the code. */
export type ArticleErrorCode = 'seed-empty' | 'meta-invalid';

export type ParseArticleResult =
  { ok: true; document: ArticleDocument } | { ok: false; error: ArticleErrorCode; detail?: string };

/** A heading is a short line: at most this many words... */
const HEADING_MAX_WORDS = 8;
/** ...that does not end like a sentence or a quotation. */
const SENTENCE_END = /[.!?؟:؛…"”»)]$/u;
/** A related-link title may end with a quoted name, but not with a full stop. */
const STATEMENT_END = /[.!?؟؛…]$/u;
const CREDIT = /^(photo|صورة)\s*:/iu;
const SOURCE_LINE = /^(المصدر|source)\s*:/iu;

/**
 * Parses a seed text and its (untrusted) metadata into an {@link ArticleDocument}.
 * Never throws: bad input yields `{ ok: false, error }`.
 * @param rawText the seed file's text exactly as read (BOM, CRLF and stray spaces allowed)
 * @param rawMeta the parsed JSON of the metadata file, unvalidated
 */
export function parseArticle(rawText: string, rawMeta: unknown): ParseArticleResult {
  const meta = checkArticleMeta(rawMeta);
  if (!meta.ok) return { ok: false, error: 'meta-invalid', detail: meta.problem };
  const lines = splitLines(rawText);
  if (lines.length === 0) return { ok: false, error: 'seed-empty' };

  const kinds = classify(lines.map((l) => l.text));
  const blocks: Block[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const kind = meta.meta.kindOverrides[String(line.number)] ?? kinds[i] ?? 'paragraph';
    const start = offset;
    const end = start + line.text.length;
    blocks.push({ id: `b${line.number}`, kind, text: line.text, start, end, line: line.number });
    offset = end + BLOCK_SEPARATOR.length;
  });
  const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
  return { ok: true, document: { meta: meta.meta, blocks, text } };
}

interface SourceLine {
  number: number;
  text: string;
}

/** Non-empty, trimmed lines with their 1-based line numbers in the file. */
function splitLines(rawText: string): SourceLine[] {
  return rawText
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ number: i + 1, text: text.trim() }))
    .filter((line) => line.text.length > 0);
}

/** Kinds by shape alone; metadata overrides win over these. */
function classify(texts: string[]): BlockKind[] {
  const kinds = texts.map((text, i): BlockKind => {
    if (i === 0) return 'lede';
    if (CREDIT.test(text)) return 'credit';
    if (SOURCE_LINE.test(text)) return 'source';
    return isHeadingShaped(text) ? 'heading' : 'paragraph';
  });
  // A heading-shaped line with only end matter (credit, source) after it heads nothing:
  // it is the "related" link that news sites append after the story.
  const firstEndMatter = kinds.findIndex((k) => k === 'credit' || k === 'source');
  const last = firstEndMatter - 1;
  if (last > 0 && isShort(texts[last] ?? '') && !STATEMENT_END.test(texts[last] ?? '')) {
    kinds[last] = 'related';
  }
  return kinds;
}

function isShort(text: string): boolean {
  return text.split(/\s+/u).length <= HEADING_MAX_WORDS;
}

function isHeadingShaped(text: string): boolean {
  return isShort(text) && !SENTENCE_END.test(text);
}
