import type { ArticleDocument } from '../document/article-document';
import { importCsvSteps } from './import-csv';
import { importJsonSteps } from './import-json';
import { finishSteps, type ImportStep } from './import-steps';
import type { ImportFile, ImportOptions, ImportResult } from './import-types';
import { MAX_IMPORT_BYTES } from './import-types';

type Kind = 'json' | 'csv' | 'unsupported' | 'unknown';

const JSON_NAME = /\.(json|jsonld)$/i;
const CSV_NAME = /\.csv$/i;
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b|^application\/ld\+json\b|^text\/json\b/i;
const CSV_TYPE = /^(text\/csv|application\/csv|text\/comma-separated-values)\b/i;

/** The format a file claims by its name, then its MIME type; 'unknown' when it claims nothing. */
function claimedKind(file: ImportFile): Kind {
  const name = file.name?.trim() ?? '';
  if (JSON_NAME.test(name)) return 'json';
  if (CSV_NAME.test(name)) return 'csv';
  const type = file.type?.trim() ?? '';
  if (JSON_TYPE.test(type)) return 'json';
  if (CSV_TYPE.test(type)) return 'csv';
  // A name with another extension (.md, .html, .pdf) or another known type is not ours.
  if (/\.[a-z0-9]{1,8}$/i.test(name) && !/\.txt$/i.test(name)) return 'unsupported';
  if (type !== '' && !/^text\/plain\b|^application\/octet-stream\b/i.test(type)) {
    return 'unsupported';
  }
  return 'unknown';
}

/** The format of an unnamed file, by its first characters. */
function sniff(text: string): Kind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/(^|,)\s*"?highlight"?\s*(,|$)/i.test(firstLine)) return 'csv';
  return 'unsupported';
}

/** UTF-8 byte length of `text`, counted without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(file: ImportFile): boolean {
  if (file.size !== undefined && file.size > MAX_IMPORT_BYTES) return true;
  // Every UTF-16 code unit is at least one UTF-8 byte: a cheap test before an exact count.
  if (file.text.length > MAX_IMPORT_BYTES) return true;
  return file.text.length * 3 > MAX_IMPORT_BYTES && utf8Length(file.text) > MAX_IMPORT_BYTES;
}

/**
 * Reads an import file into candidate annotations for `doc`, to preview before anything is
 * written: our JSON-LD export; W3C annotations from other tools (an Annotation, an array, an
 * AnnotationCollection with an embedded first page, an AnnotationPage); a Hypothesis JSON export;
 * a Readwise-style CSV. The size is checked before anything is parsed. Notes are kept exactly as
 * written (markup stays text). File-level problems give `{ ok: false, error }`; item-level ones
 * land in `rejected` with their index. As steps (see `import-steps.ts`), for a caller that
 * shows progress or works in slices. Never throws.
 */
export function* importFileSteps(
  file: ImportFile,
  doc: ArticleDocument,
  options: ImportOptions,
): Generator<ImportStep, ImportResult> {
  if (tooLarge(file)) return { ok: false, error: 'too-large' };
  if (file.text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, error: 'empty' };
  const claimed = claimedKind(file);
  const kind = claimed === 'unknown' ? sniff(file.text) : claimed;
  const text = file.text.replace(/^\uFEFF/, '');
  switch (kind) {
    case 'json':
      return yield* importJsonSteps(text, doc, options);
    case 'csv':
      return yield* importCsvSteps(text, doc, options);
    default:
      return { ok: false, error: 'unsupported-format' };
  }
}

/** {@link importFileSteps} run to its end at once. Never throws. */
export function parseImportFile(
  file: ImportFile,
  doc: ArticleDocument,
  options: ImportOptions,
): ImportResult {
  return finishSteps(importFileSteps(file, doc, options));
}
