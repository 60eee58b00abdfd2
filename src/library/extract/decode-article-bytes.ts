import type { ArticleFormat } from './check-article-input';

/** A file's text and the encoding it was read in (a WHATWG encoding name). */
export interface DecodedText {
  text: string;
  encoding: string;
  /** True when neither a byte-order mark, a declaration nor valid UTF-8 named the encoding. */
  guessed: boolean;
}

/** The HTML spec's prescan window for a `<meta charset>`. */
const PRESCAN_BYTES = 1024;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu;
/**
 * Older Arabic web pages and text files are in the Arabic Windows code page; a file that is
 * not UTF-8 is most likely in it (its lower half is ASCII, so English text reads the same).
 */
const LEGACY_FALLBACK = 'windows-1256';

/**
 * Decodes a file's bytes for extraction: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
 * a page's `<meta charset>` in its first 1024 bytes comes next; then UTF-8 if the bytes are
 * valid UTF-8; else windows-1256. The BOM is not part of the text. Never throws; binary data
 * comes out as text full of control characters, which {@link checkFileStart} refuses.
 * @param bytes the whole file
 * @param format what {@link checkFile} decided the file is
 */
export function decodeArticleBytes(bytes: Uint8Array, format: ArticleFormat): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return decode(bytes, bom, false);
  if (format === 'html') {
    const declared = declaredCharset(bytes.subarray(0, PRESCAN_BYTES));
    if (declared && declared !== 'utf-8') return decode(bytes, declared, false);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', guessed: false };
  } catch {
    return decode(bytes, LEGACY_FALLBACK, true);
  }
}

function decode(bytes: Uint8Array, encoding: string, guessed: boolean): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed };
}

function byteOrderMark(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * The encoding a page declares, as TextDecoder names it, or null when it declares none or one
 * TextDecoder does not know. A UTF-16 declaration in an ASCII-readable head is a lie the HTML
 * spec resolves as UTF-8.
 */
function declaredCharset(head: Uint8Array): string | null {
  const label = META_CHARSET.exec(new TextDecoder('windows-1252').decode(head))?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}
