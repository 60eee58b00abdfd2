/**
 * What a block of a document is. The seed's parser decides `lede` … `source` (or a metadata
 * override does); `list-item` and `quote` come from articles the reader adds (list items and
 * block quotes of a page, a Markdown file or pasted rich text).
 */
export const BLOCK_KINDS = [
  'lede',
  'paragraph',
  'heading',
  'related',
  'credit',
  'source',
  'list-item',
  'quote',
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Base direction of a document's text, as HTML `dir` takes it. */
export type TextDirection = 'rtl' | 'ltr';

/** A text in both UI languages. */
export interface Bilingual {
  ar: string;
  en: string;
}

/** A publication date and whether it was stated (metadata) or guessed (from the text). */
export interface PublishedDate {
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  value: string;
  /** True when nothing stated it and it is a date found in the text. */
  guessed: boolean;
}

/** A document's title and site name written in another language (a UI language). */
export interface DocumentTranslation {
  title: string;
  siteName: string | null;
}

/**
 * Everything known about a document except its text: the same shape whether the document is
 * bundled with the app or was added by the reader, so no feature needs to know which.
 */
export interface DocumentMeta {
  /** Stable id; annotations, exports and addresses refer to the document by it. */
  id: string;
  /** The title, in the document's language; never empty. */
  title: string;
  /** Stable URL or URN of the document, used as the W3C annotation `target.source`. */
  source: string;
  /** Who published it (the site's or agency's name), or null when unknown. */
  siteName: string | null;
  author: string | null;
  published: PublishedDate | null;
  /** When the document entered this library, ISO 8601 timestamp (UTC). */
  added: string;
  /** When its metadata or (replaced as a whole) its text last changed, ISO 8601 timestamp (UTC). */
  modified: string;
  /** Short name used in file names of exports (ASCII, kebab-case). */
  shortName: string;
  /** True for the document that ships with the app: it can be hidden, never deleted. */
  builtIn: boolean;
  /** BCP 47 language tag of the text (`ar`, `en`, `fa`, …). */
  language: string;
  direction: TextDirection;
  /** Title and site name in other languages, keyed by language tag; often empty. */
  translations: Readonly<Partial<Record<string, DocumentTranslation>>>;
  /**
   * Labels the reader gave it in another tool (an Omnivore export's labels), trimmed, without
   * repeats; absent when none (documents stored before tags existed have none).
   */
  tags?: string[];
}

/** One block of a document: a paragraph, heading, list item… */
export interface Block {
  /** Stable id derived from the block's line: `b1`, `b2`, ... */
  id: string;
  kind: BlockKind;
  /** The block's text: exactly `document.text.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the block's first character in the canonical text. */
  start: number;
  /** UTF-16 offset just past the block's last character in the canonical text. */
  end: number;
  /** 1-based line of the source: the seed file's line number, or the block's ordinal. */
  line: number;
}

/**
 * A document: its metadata, its blocks and its canonical text.
 *
 * `text` is THE canonical text: the blocks' texts joined by {@link BLOCK_SEPARATOR}. For the
 * seed these are its non-empty lines, CRLF/CR turned into LF, a leading byte-order mark and each
 * line's leading and trailing whitespace removed. Every offset anywhere in the app (selectors,
 * search hits, timeline anchors, highlights) is a UTF-16 offset into this string, so it never
 * changes once the document exists. Changing this definition moves every stored annotation:
 * bump {@link CANONICAL_TEXT_VERSION} and migrate if you ever must.
 */
export interface ArticleDocument {
  meta: DocumentMeta;
  blocks: Block[];
  text: string;
}

/** The fixed string placed between two blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n';

/** Version of the canonical-text definition above. */
export const CANONICAL_TEXT_VERSION = 1;
