import type { ArticleDocument } from '../document/article-document';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import type { DocumentSource } from '../document/document-source';
import { libraryDocumentSource } from '../document/library-query';
import type { DocumentStore } from '../storage/document-store';

/**
 * The app's documents before and after the store opens: the built-in from `bundled` at once
 * (so the first screen's cached document stays under its key), any other id from the store
 * once `store` settles. Same key as `bundled`: it gives the same built-in document.
 */
export function librarySource(
  bundled: DocumentSource,
  store: Promise<DocumentStore>,
): DocumentSource {
  return {
    key: bundled.key,
    loadDocument: (id): Promise<ArticleDocument> =>
      id === BUILT_IN_DOCUMENT_ID
        ? bundled.loadDocument(id)
        : store.then((opened) => libraryDocumentSource(bundled, opened).loadDocument(id)),
    loadTimeline: (id) =>
      id === BUILT_IN_DOCUMENT_ID ? bundled.loadTimeline(id) : Promise.resolve(null),
  };
}

/** A promise of the documents store and the functions that settle it. */
export function storeWaiter() {
  let resolve: (store: DocumentStore) => void = () => {};
  let reject: (cause: unknown) => void = () => {};
  const promise = new Promise<DocumentStore>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A page that never needs the store leaves it pending; one that fails is told by its query.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
