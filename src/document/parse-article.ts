import type { ArticleDocument, BlockKind, DocumentMeta } from './article-document';
import { buildDocument } from './build-document';
import { checkArticleMeta, type SeedMeta } from './check-article-meta';
import { directionOf } from './document-meta';

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
 * Parses a seed text and its (untrusted) metadata into an {@link ArticleDocument}: a built-in
 * document, its title and publisher in Arabic with their English translations.
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
  const blocks = lines.map((line, i) => ({
    kind: meta.meta.kindOverrides[String(line.number)] ?? kinds[i] ?? 'paragraph',
    text: line.text,
    line: line.number,
  }));
  return { ok: true, document: buildDocument(seedDocumentMeta(meta.meta), blocks) };
}

/** A seed's metadata file as document metadata: built in, stated date, English translations. */
function seedDocumentMeta(seed: SeedMeta): DocumentMeta {
  // A seed ships with the app: it has been in every library since its publication day.
  const since = `${seed.published}T00:00:00.000Z`;
  return {
    id: seed.id,
    title: seed.headline.ar,
    source: seed.source,
    siteName: seed.publisher.ar,
    author: null,
    published: { value: seed.published, guessed: false },
    added: since,
    modified: since,
    shortName: seed.shortName,
    builtIn: true,
    language: seed.language,
    direction: directionOf(seed.language),
    translations: { en: { title: seed.headline.en, siteName: seed.publisher.en } },
  };
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
