import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDocumentStore } from '../annotations/AnnotationStoreProvider';
import type { DocumentRecord } from '../storage/document-record';
import type { DocumentStore } from '../storage/document-store';
import type { ArticleDocument } from './article-document';
import { documentsKey } from './document-query';
import { libraryKey } from './library-query';
import { useDocumentSource } from './use-document';

/** What the library can do to its documents; each resolves once the list is fresh again. */
export interface LibraryActions {
  add(doc: ArticleDocument): Promise<DocumentRecord>;
  /** Adds documents with their annotations, all in one transaction (see `DocumentStore`). */
  importDocuments: DocumentStore['importDocuments'];
  /** The copy of `text` already in the library, if any (to offer it instead of a second one). */
  findByText(text: string): Promise<DocumentRecord | null>;
  touch(id: string): Promise<void>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  purge(id: string): Promise<void>;
  setHidden(id: string, hidden: boolean): Promise<void>;
}

/**
 * The library's writes, each followed by invalidating the queries it changes (the list, and
 * the documents of the source in effect). Null until the store is open. Rejects with the
 * store's `StorageError`; the caller shows it.
 */
export function useLibraryActions(): LibraryActions | null {
  const store = useDocumentStore();
  const queryClient = useQueryClient();
  const source = useDocumentSource();
  return useMemo(() => {
    if (!store) return null;
    const fresh = () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: libraryKey }),
        queryClient.invalidateQueries({ queryKey: documentsKey(source) }),
      ]);
    const then =
      <A extends unknown[]>(write: (...args: A) => Promise<unknown>) =>
      async (...args: A) => {
        await write(...args);
        await fresh();
      };
    return {
      async add(doc) {
        const record = await store.addDocument(doc);
        await fresh();
        return record;
      },
      async importDocuments(items, control, toExisting) {
        const records = await store.importDocuments(items, control, toExisting);
        await fresh();
        return records;
      },
      findByText: (text) => store.findByText(text),
      // Opening does not change what the reader sees of a document: only the list is stale.
      touch: async (id) => {
        await store.touchDocument(id);
        await queryClient.invalidateQueries({ queryKey: libraryKey });
      },
      trash: then((id: string) => store.trashDocument(id)),
      restore: then((id: string) => store.restoreDocument(id)),
      purge: then((id: string) => store.purgeDocument(id)),
      setHidden: then((id: string, hidden: boolean) => store.setHidden(id, hidden)),
    };
  }, [store, queryClient, source]);
}
