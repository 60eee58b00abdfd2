import { useEffect } from 'react';

/** Performance-timeline marks the benchmarks read (`npm run bench`). */
export const PERFORMANCE_MARKS = {
  /** The store has answered with an added document's text (`detail.id` names it). */
  documentLoaded: 'qari:document-loaded',
  /** The article's text is in the page. */
  article: 'qari:article-rendered',
  /** The stored annotations are anchored and drawn: the reader can work. */
  annotations: 'qari:annotations-ready',
} as const;

/** Marks, once each, when the article first renders and when its annotations are first drawn. */
export function usePerformanceMarks(articleRendered: boolean, annotationsReady: boolean): void {
  useEffect(() => {
    if (articleRendered) markOnce(PERFORMANCE_MARKS.article);
  }, [articleRendered]);
  useEffect(() => {
    if (articleRendered && annotationsReady) markOnce(PERFORMANCE_MARKS.annotations);
  }, [articleRendered, annotationsReady]);
}

function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}
