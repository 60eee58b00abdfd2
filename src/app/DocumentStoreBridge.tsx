import { useEffect } from 'react';
import { useDocumentStore, useStoreState } from '../annotations/AnnotationStoreProvider';
import { ArticleFailure } from '../document/document-failure';
import { useLibraryActions } from '../document/use-library-actions';
import type { DocumentStore } from '../storage/document-store';

/**
 * Opens the documents store for a page that needs it (an added document, the library) and
 * hands it over; marks document `opened` as opened now. Rendered only then, so the built-in
 * article's first visit never loads the store's code. Renders nothing.
 */
export function DocumentStoreBridge({
  onStore,
  onFailure,
  opened,
}: {
  onStore: (store: DocumentStore) => void;
  onFailure: (cause: unknown) => void;
  /** An added document just opened, or null. */
  opened: string | null;
}) {
  const store = useDocumentStore();
  const failed = useStoreState().status === 'failed';
  const actions = useLibraryActions();
  useEffect(() => {
    if (store) onStore(store);
    else if (failed) onFailure(new ArticleFailure('unknown'));
  }, [store, failed, onStore, onFailure]);
  useEffect(() => {
    // The library sorts by it; a failed write only leaves the old time.
    if (actions && opened) actions.touch(opened).catch(() => undefined);
  }, [actions, opened]);
  return null;
}
