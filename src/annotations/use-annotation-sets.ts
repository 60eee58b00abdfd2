import { useMemo } from 'react';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { createAnnotationAnchoring } from './annotation-anchoring';
import { useAnnotations } from './annotation-queries';
import type { AnnotationSets } from './sort-annotations';

const EMPTY: AnnotationRecord[] = [];

/**
 * The document's annotations (`records`: all, as stored), anchored in its canonical text and
 * sorted. Anchoring results are cached per annotation, so an edit re-anchors only the edited
 * one. `isPending` until the store has answered (or failed); `isSuccess` once it has answered.
 */
export function useAnnotationSets(
  doc: ArticleDocument,
): AnnotationSets & { records: AnnotationRecord[]; isPending: boolean; isSuccess: boolean } {
  const query = useAnnotations(doc.meta.id);
  const records = query.data ?? EMPTY;
  const anchoring = useMemo(() => createAnnotationAnchoring(doc.text), [doc.text]);
  const sets = useMemo(() => anchoring.sort(records), [anchoring, records]);
  return { ...sets, records, isPending: query.isPending, isSuccess: query.isSuccess };
}
