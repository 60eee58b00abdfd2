import type { ArticleDocument } from '../document/article-document';

/** The export formats the app offers. */
export type ExportFormat = 'markdown' | 'jsonld' | 'csv' | 'html';

const EXTENSIONS: Record<ExportFormat, string> = {
  markdown: 'md',
  // .json rather than .jsonld: every system knows how to open it; the content is JSON-LD.
  jsonld: 'json',
  csv: 'csv',
  html: 'html',
};

const MIME_TYPES: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/**
 * The download name of an export: `<shortName>-notes-<YYYY-MM-DD>.<ext>`, the date being `now`
 * in the user's local time zone (the day they see on their calendar). ASCII only: anything
 * outside [a-z0-9-] in the short name becomes '-'.
 */
export function exportFileName(doc: ArticleDocument, format: ExportFormat, now: Date): string {
  return namedExportFile(doc.meta.shortName, format, now);
}

/** {@link exportFileName} for a file of no one document (`shortName` `library`: all notes). */
export function namedExportFile(shortName: string, format: ExportFormat, now: Date): string {
  const name =
    shortName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'article';
  const date = [
    String(now.getFullYear()).padStart(4, '0'),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
  return `${name}-notes-${date}.${EXTENSIONS[format]}`;
}

/** The MIME type (with charset) to give the downloaded Blob of an export. */
export function exportMimeType(format: ExportFormat): string {
  return MIME_TYPES[format];
}
