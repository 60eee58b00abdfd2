import { useDeferredValue, useMemo } from 'react';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { createAnnotationAnchoring } from './annotation-anchoring';
import { useAnnotations } from './annotation-queries';
import type { AnnotationSets } from './sort-annotations';

const EMPTY: AnnotationRecord[] = [];

/**
 * From this many annotations on, a new list is anchored and drawn in a deferred render, which
 * React slices between components and interrupts for input; a smaller one is drawn at once,
 * in the frame of the change (a new highlight appears under the pointer without a frame's lag).
 */
export const DEFERRED_FROM = 500;

/**
 * The document's annotations (`records`: all, as stored), anchored in its canonical text and
 * sorted. Anchoring results are cached per annotation, so an edit re-anchors only the edited
 * one. `isPending` until the store has answered (or failed) and what it answered is drawn;
 * `isSuccess` once it has. A big list (see {@link DEFERRED_FROM}) lags the store by a render:
 * the page answers while it is drawn.
 */
export function useAnnotationSets(
  doc: ArticleDocument,
): AnnotationSets & { records: AnnotationRecord[]; isPending: boolean; isSuccess: boolean } {
  const query = useAnnotations(doc.meta.id);
  const { data, isPending, isSuccess } = query;
  const answer = useMemo(() => ({ data, isPending, isSuccess }), [data, isPending, isSuccess]);
  const deferred = useDeferredValue(answer);
  const big = (state: typeof answer) => (state.data?.length ?? 0) >= DEFERRED_FROM;
  const shown = big(answer) || big(deferred) ? deferred : answer;
  const records = shown.data ?? EMPTY;
  const anchoring = useMemo(() => createAnnotationAnchoring(doc.text), [doc.text]);
  const sets = useMemo(() => anchoring.sort(records), [anchoring, records]);
  return { ...sets, records, isPending: shown.isPending, isSuccess: shown.isSuccess };
}
