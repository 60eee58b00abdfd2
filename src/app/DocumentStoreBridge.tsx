import { lazy, Suspense, useEffect } from 'react';
import { useDocumentStore, useStoreState } from '../annotations/AnnotationStoreProvider';
import { ArticleFailure } from '../document/document-failure';
import type { DocumentSource } from '../document/document-source';
import { libraryDocumentSource } from '../document/library-query';
import { useLibraryActions } from '../document/use-library-actions';
import { PERFORMANCE_MARKS } from './use-performance-marks';

/**
 * `source`, marking on the performance timeline each time it answers with a document (the
 * benchmark's start for "opens to its first screen after the store answers").
 */
function markingLoads(source: DocumentSource): DocumentSource {
  return {
    ...source,
    async loadDocument(id) {
      const doc = await source.loadDocument(id);
      performance.mark(PERFORMANCE_MARKS.documentLoaded, { detail: { id } });
      return doc;
    },
  };
}

// Replacing an added document's text: its buttons load with the document, apart from the bridge.
const DocumentTextTools = lazy(() =>
  import('./DocumentTextTools').then((m) => ({ default: m.DocumentTextTools })),
);

/**
 * Opens the documents store for a page that needs it (an added document, the library) and
 * hands over the source of its documents; marks document `opened` as opened now. A lazy
 * chunk, rendered only then, so the built-in article's first visit never loads the store's
 * code. Renders the opened document's "Replace text" tools (in the header) and nothing else.
 */
export function DocumentStoreBridge({
  bundled,
  onSource,
  onFailure,
  opened,
}: {
  bundled: DocumentSource;
  onSource: (source: DocumentSource) => void;
  onFailure: (cause: unknown) => void;
  /** An added document just opened, or null. */
  opened: string | null;
}) {
  const store = useDocumentStore();
  const failed = useStoreState().status === 'failed';
  const actions = useLibraryActions();
  useEffect(() => {
    if (store) onSource(markingLoads(libraryDocumentSource(bundled, store)));
    else if (failed) onFailure(new ArticleFailure('unknown'));
  }, [store, failed, bundled, onSource, onFailure]);
  useEffect(() => {
    // The library sorts by it; a failed write only leaves the old time.
    if (actions && opened) actions.touch(opened).catch(() => undefined);
  }, [actions, opened]);
  return opened ? (
    <Suspense fallback={null}>
      <DocumentTextTools key={opened} documentId={opened} />
    </Suspense>
  ) : null;
}
