import type { ArticleDocument } from '../document/article-document';
import { BOM, csvRow, READWISE_COLUMNS, readwiseDate } from './csv-format';
import type { ExportOptions } from './export-options';
import { exportableAnnotations } from './export-order';
import type { AnnotationRecord } from './record-contract';
import { readwiseTag } from './tag-format';

/**
 * The document's live annotations as a CSV Readwise imports: its columns
 * `Highlight,Title,Author,URL,Note,Location,Date`, UTF-8 with a byte-order mark, RFC 4180 quoting
 * and CRLF line ends, every cell neutralised against spreadsheet formulas. Tags go first in the
 * note as Readwise inline tags (`.tag1 .tag2`, then the note on the next line); Location is the
 * position start (UTF-16 offset, empty when unknown); Date is the creation time, UTC. Notes on
 * the whole document come first, their Highlight and Location empty.
 */
export function buildCsv(
  annotations: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: Pick<ExportOptions, 'url'>,
): string {
  const { meta } = doc;
  const rows = exportableAnnotations(annotations, doc).map((a) =>
    csvRow([
      a.target?.quote.exact ?? '',
      meta.title,
      meta.author ?? meta.siteName ?? '',
      options.url ?? '',
      readwiseNote(a),
      a.target?.position ? String(a.target.position.start) : '',
      readwiseDate(a.created),
    ]),
  );
  return BOM + csvRow(READWISE_COLUMNS) + rows.join('');
}

/** The Note cell: inline tags on the first line (if any), then the note. */
export function readwiseNote(record: Pick<AnnotationRecord, 'note' | 'tags'>): string {
  const tags = record.tags.map(readwiseTag).filter((t): t is string => t !== null);
  if (tags.length === 0) return record.note;
  return record.note === '' ? tags.join(' ') : `${tags.join(' ')}\n${record.note}`;
}
