import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from './record-contract';

/**
 * The annotations an export contains, in reading order: live ones (not in the trash) of this
 * document; its document-level notes (no target) first, by creation time; then the others by
 * position start, then end; those without a position come last, by creation time. Ties fall
 * back to the id so the order never depends on the input order.
 */
export function exportableAnnotations(
  annotations: readonly AnnotationRecord[],
  doc: ArticleDocument,
): AnnotationRecord[] {
  return annotations
    .filter((a) => a.deleted === null && a.documentId === doc.meta.id)
    .sort(compareReadingOrder);
}

function compareReadingOrder(a: AnnotationRecord, b: AnnotationRecord): number {
  if (a.target === null || b.target === null) {
    if (a.target !== b.target) return a.target === null ? -1 : 1;
    return compareStrings(a.created, b.created) || compareStrings(a.id, b.id);
  }
  const pa = a.target.position;
  const pb = b.target.position;
  if (pa && pb && (pa.start !== pb.start || pa.end !== pb.end)) {
    return pa.start - pb.start || pa.end - pb.end;
  }
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  return compareStrings(a.created, b.created) || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
