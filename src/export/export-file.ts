import type { ArticleDocument } from '../document/article-document';
import { exportFileName, exportMimeType, type ExportFormat } from './export-filename';
import type { ExportOptions } from './export-options';
import type { AnnotationRecord } from './record-contract';

/** A built export, ready to download. */
export interface ExportFile {
  fileName: string;
  /** With charset, for the Blob. */
  mimeType: string;
  content: string;
}

/** The builder of one format, loaded only when the reader asks for it (a chunk of its own). */
async function buildContent(
  format: ExportFormat,
  records: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: ExportOptions,
): Promise<string> {
  switch (format) {
    case 'jsonld':
      return (await import('./export-jsonld')).buildJsonLd(records, doc, options);
    case 'markdown':
      return (await import('./export-markdown')).buildMarkdown(records, doc, options);
    case 'csv':
      return (await import('./export-csv')).buildCsv(records, doc, options);
    case 'html':
      return (await import('./export-html')).buildHtml(records, doc, options);
  }
}

/**
 * The file of an export of `records` (trashed ones are left out, as every builder does) in
 * `format`, named for `options.now` in local time. Rejects only when the builder's chunk cannot
 * be loaded (e.g. offline before it was cached).
 */
export async function buildExportFile(
  format: ExportFormat,
  records: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: ExportOptions,
): Promise<ExportFile> {
  return {
    fileName: exportFileName(doc, format, options.now),
    mimeType: exportMimeType(format),
    content: await buildContent(format, records, doc, options),
  };
}
