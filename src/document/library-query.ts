import { queryOptions } from '@tanstack/react-query';
import type { DocumentRecord } from '../storage/document-record';
import type { DocumentStore } from '../storage/document-store';
import type { ArticleDocument } from './article-document';
import { BUILT_IN_DOCUMENT_ID } from './built-in-document';
import { ArticleFailure } from './document-failure';
import type { DocumentSource } from './document-source';

/** Query key of the library's list; every change to a document row invalidates it. */
export const libraryKey = ['library'] as const;

/**
 * Query for every row of the library (added, trashed and hidden documents, and the bundled
 * one's row once it has one), in no particular order: the library view sorts and filters.
 * Disabled until the store is open.
 */
export function libraryQueryOptions(store: DocumentStore | null) {
  return queryOptions({
    // The store hashes as JSON (no data fields), so the key stays the same across its states.
    queryKey: [...libraryKey, store] as const,
    queryFn: (): Promise<DocumentRecord[]> =>
      store ? store.listDocuments() : Promise.reject(new Error('store not open')),
    enabled: store !== null,
  });
}

/**
 * The app's documents in one {@link DocumentSource}: the bundled article from `bundled`, any
 * other id from the store (its text and blocks exactly as saved). `not-found` for an id the
 * store does not hold or holds only in the Trash. Added documents have no curated timeline.
 */
export function libraryDocumentSource(
  bundled: DocumentSource,
  store: DocumentStore,
): DocumentSource {
  return {
    key: `${bundled.key}+library`,
    async loadDocument(id): Promise<ArticleDocument> {
      if (id === BUILT_IN_DOCUMENT_ID) return bundled.loadDocument(id);
      const stored = await store.getDocument(id);
      if (!stored || stored.record.deleted !== null) throw new ArticleFailure('not-found');
      return { meta: stored.record.meta, blocks: stored.blocks, text: stored.text };
    },
    loadTimeline: (id) =>
      id === BUILT_IN_DOCUMENT_ID ? bundled.loadTimeline(id) : Promise.resolve(null),
  };
}
