import type { DetectedLanguage } from './detect-language';

/** What an extracted block is; the document model maps these onto its own block kinds. */
export type ExtractedBlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/**
 * One block of an extracted article. `text` is never empty, has no line break, no control
 * character, no leading or trailing space and no run of two spaces: it can be joined with the
 * canonical text's separator as it is.
 */
export interface ExtractedBlock {
  kind: ExtractedBlockKind;
  text: string;
}

/** A publication date and whether it was read from metadata or guessed from the text. */
export interface PublishedDate {
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  value: string;
  /** True when no metadata gave it and it is the first full date written in the text. */
  guessed: boolean;
}

/** What the input says about itself; every field is a prefill the reader may edit. */
export interface ExtractedMeta {
  /** Never empty: metadata, else the first heading, else the first block (shortened). */
  title: string;
  /** An absolute `http:`/`https:` URL, or null. */
  sourceUrl: string | null;
  /** The site's own name, else the source URL's host without `www.`, else null. */
  siteName: string | null;
  author: string | null;
  published: PublishedDate | null;
  language: DetectedLanguage['language'];
  direction: DetectedLanguage['direction'];
}

/**
 * Something the reader should be told about an extraction that still succeeded:
 * `control-characters-stripped`: invisible control or bidi formatting characters were removed;
 * `encoding-guessed`: a file was not UTF-8 and named no encoding, so it was read as
 * windows-1256 (Arabic Windows); if the text looks wrong, the file is in another encoding.
 */
export type ExtractNotice = 'control-characters-stripped' | 'encoding-guessed';

/** Why no article came out; the UI translates the code. */
export type ExtractError =
  'empty' | 'too-large' | 'unsupported-type' | 'binary-content' | 'no-article';

/** What one input gave: its blocks, metadata and notices, or the reason it gave none. */
export type ExtractResult =
  | { ok: true; blocks: ExtractedBlock[]; meta: ExtractedMeta; notices: ExtractNotice[] }
  | { ok: false; error: ExtractError };
