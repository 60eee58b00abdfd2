/** A file as the browser describes it before it is read (the shape of `File`). */
export interface FileInfo {
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type as the browser guessed it; may be ''. */
  type: string;
}

/** The formats an article file can be read from. */
export type ArticleFormat = 'txt' | 'md' | 'html';

/** Why an input is refused before or as it is read; the UI translates the code. */
export type InputRefusal = 'empty' | 'too-large' | 'unsupported-type' | 'binary-content';

/** The result of a check: the format to read, or the refusal. */
export type InputCheck<T> = { ok: true; value: T } | { ok: false; error: InputRefusal };

/** Larger files are refused before they are read: 20 MiB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How much of a file's start {@link checkFileStart} needs (read with `file.slice`). */
export const SNIFF_LENGTH = 8_192;
/** The extensions the add dialog accepts, for its `accept` attribute and its messages. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};
const BY_TYPE: Record<string, ArticleFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};
/** A share of suspicious characters above which a text file is taken for binary data. */
const BINARY_SHARE = 0.1;
/** NUL is rarer still in text: a stray one is stripped, a sprinkling means binary data. */
const NUL_SHARE = 0.01;
/**
 * Characters text files do not hold: C0 and C1 controls other than tab, line feed, carriage
 * return and form feed, and U+FFFD, which the UTF-8 decoder puts for every invalid byte.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPICIOUS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/gu;
/** Signatures of formats we refuse by name (PDF, ZIP: DOCX, EPUB, ODT) even when renamed. */
// eslint-disable-next-line no-control-regex -- a ZIP file starts with PK, 3, 4
const FOREIGN_SIGNATURE = /^(?:%PDF-|PK\u0003\u0004|\{\\rtf)/u;

/**
 * Decides from a file's name, size and type, before reading it, whether and how to read it:
 * by extension first (.txt .text .md .markdown .mdown .mkd .html .htm .xhtml), else by MIME
 * type. `too-large` above {@link MAX_FILE_BYTES}, `empty` at 0 bytes, `unsupported-type` for
 * anything else (PDF, DOCX, EPUB, images…).
 * @param file a `File` or any `{ name, size, type }`
 */
export function checkFile(file: FileInfo): InputCheck<ArticleFormat> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  const mime = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = BY_EXTENSION[extension] ?? (extension ? undefined : BY_TYPE[mime]);
  if (!format) return { ok: false, error: 'unsupported-type' };
  if (file.size === 0) return { ok: false, error: 'empty' };
  return { ok: true, value: format };
}

/**
 * Looks at the start of a decoded file for data that is not text: a PDF, ZIP (DOCX, EPUB) or
 * RTF signature gives `unsupported-type`; more than 10% control or replacement characters, or
 * more than 1% NUL (UTF-16 text, images, executables), `binary-content`. A text with a few
 * stray controls passes and has them stripped later. Never throws.
 * @param start the first {@link SNIFF_LENGTH} or so characters of the decoded file
 */
export function checkFileStart(start: string): InputCheck<null> {
  const head = start.replace(/^\uFEFF/u, '').slice(0, SNIFF_LENGTH);
  if (FOREIGN_SIGNATURE.test(head)) return { ok: false, error: 'unsupported-type' };
  const suspicious = head.match(SUSPICIOUS)?.length ?? 0;
  const nul = head.split('\u0000').length - 1;
  if (suspicious > head.length * BINARY_SHARE || nul > head.length * NUL_SHARE) {
    return { ok: false, error: 'binary-content' };
  }
  return { ok: true, value: null };
}

/**
 * Refuses a text with nothing to read (empty or white space only, controls included) and one
 * longer than a file may be.
 * @param text the pasted or decoded text
 */
export function checkText(text: string): InputCheck<null> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  // eslint-disable-next-line no-control-regex -- controls are as empty as spaces here
  if (!/[^\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2060\uFEFF]/u.test(text)) {
    return { ok: false, error: 'empty' };
  }
  return { ok: true, value: null };
}
