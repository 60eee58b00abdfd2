import type { ArticleDocument } from '../document/article-document';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import type { DocumentSource } from '../document/document-source';

/**
 * The app's documents before and after the store opens: the built-in from `bundled` at once
 * (so the first screen's cached document stays under its key), any other id from `stored` (the
 * library's source, `libraryDocumentSource`) once it settles. Same key as `bundled`: it gives
 * the same built-in document.
 */
export function librarySource(
  bundled: DocumentSource,
  stored: Promise<DocumentSource>,
): DocumentSource {
  return {
    key: bundled.key,
    loadDocument: (id): Promise<ArticleDocument> =>
      id === BUILT_IN_DOCUMENT_ID
        ? bundled.loadDocument(id)
        : stored.then((library) => library.loadDocument(id)),
    loadTimeline: (id) =>
      id === BUILT_IN_DOCUMENT_ID ? bundled.loadTimeline(id) : Promise.resolve(null),
  };
}

/** A promise of the library's document source, and the functions that settle it. */
export function sourceWaiter() {
  let resolve: (source: DocumentSource) => void = () => {};
  let reject: (cause: unknown) => void = () => {};
  const promise = new Promise<DocumentSource>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A page that never needs the store leaves it pending; one that fails is told by its query.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
