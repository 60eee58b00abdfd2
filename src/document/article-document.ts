/** What a block of the article is, decided by the parser (or by a metadata override). */
export type BlockKind = 'lede' | 'paragraph' | 'heading' | 'related' | 'credit' | 'source';

/** A text in both UI languages. */
export interface Bilingual {
  ar: string;
  en: string;
}

/** The metadata file that sits beside a seed text in `seeds/`. */
export interface ArticleMeta {
  /** Stable document id; annotations and exports refer to the article by it. */
  id: string;
  /** Short name used in file names of exports (ASCII, kebab-case). */
  shortName: string;
  /** Stable URN or URL of the article, used as the W3C annotation `target.source`. */
  source: string;
  headline: Bilingual;
  /** Publication date, ISO 8601 calendar date (YYYY-MM-DD). */
  published: string;
  /** The agency the text comes from, e.g. TASS / تاس. */
  publisher: Bilingual;
  language: 'ar';
  /** Per-line overrides of block kinds, keyed by 1-based source line number. */
  kindOverrides: Record<string, BlockKind>;
}

/** One block of the article: a line of the seed text. */
export interface Block {
  /** Stable id derived from the source line number: `b1`, `b2`, ... */
  id: string;
  kind: BlockKind;
  /** The block's text: exactly `document.text.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the block's first character in the canonical text. */
  start: number;
  /** UTF-16 offset just past the block's last character in the canonical text. */
  end: number;
  /** 1-based line number in the seed file. */
  line: number;
}

/**
 * The parsed article.
 *
 * `text` is THE canonical text: the seed's non-empty lines, CRLF/CR turned into LF, a leading
 * byte-order mark and each line's leading and trailing whitespace removed, joined by
 * {@link BLOCK_SEPARATOR}. Every offset anywhere in the app (selectors, search hits, timeline
 * anchors, highlights) is a UTF-16 offset into this string. Changing this definition moves every
 * stored annotation: bump {@link CANONICAL_TEXT_VERSION} and migrate if you ever must.
 */
export interface ArticleDocument {
  meta: ArticleMeta;
  blocks: Block[];
  text: string;
}

/** The fixed string placed between two blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n';

/** Version of the canonical-text definition above. */
export const CANONICAL_TEXT_VERSION = 1;
