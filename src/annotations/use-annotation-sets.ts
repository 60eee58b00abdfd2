import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import type * as AnchoringCode from './annotation-anchoring';
import { useAnnotations } from './annotation-queries';
import type { AnnotationSets } from './sort-annotations';

const EMPTY: AnnotationRecord[] = [];
const NO_SETS: AnnotationSets = { documentNotes: [], anchored: [], orphans: [], trash: [] };

type AnchoringModule = typeof AnchoringCode;
let loadedAnchoring: AnchoringModule | null = null;
const loadAnchoring = () => import('./annotation-anchoring').then((m) => (loadedAnchoring = m));

/**
 * The anchoring's code once `needed` (the document has annotations): a first visit has none,
 * so it never fetches it. Null until it has loaded.
 */
function useAnchoringModule(needed: boolean): AnchoringModule | null {
  const [module, setModule] = useState(loadedAnchoring);
  useEffect(() => {
    if (!needed || module) return;
    let live = true;
    void loadAnchoring().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [needed, module]);
  return module;
}

/**
 * From this many annotations on, a new list is anchored and drawn in a deferred render, which
 * React slices between components and interrupts for input; a smaller one is drawn at once,
 * in the frame of the change (a new highlight appears under the pointer without a frame's lag).
 */
export const DEFERRED_FROM = 500;

/**
 * The document's annotations (`records`: all, as stored), anchored in its canonical text and
 * sorted (the anchoring's code loads with the first annotation). Anchoring results are cached per annotation, so an edit re-anchors only the edited
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
  const code = useAnchoringModule(records.length > 0);
  const anchoring = useMemo(
    () => code?.createAnnotationAnchoring(doc.text) ?? null,
    [code, doc.text],
  );
  const sets = useMemo(() => anchoring?.sort(records) ?? NO_SETS, [anchoring, records]);
  // Records waiting for the anchoring's code are not drawn yet: still pending.
  const waiting = records.length > 0 && !anchoring;
  return {
    ...sets,
    records,
    isPending: shown.isPending || waiting,
    isSuccess: shown.isSuccess && !waiting,
  };
}
