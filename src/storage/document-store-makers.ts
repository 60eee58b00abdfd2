import { createDexieDocumentStore } from './dexie-document-backend';
import { createMemoryDocumentStore } from './memory-document-backend';
import type { DocumentStoreMakers } from './open-store';

/**
 * The library's two engines, loaded together by whoever first needs the library (see
 * `OpenedStore.openDocuments`), never with the first screen.
 */
export const documentStoreMakers: DocumentStoreMakers = {
  onDatabase: createDexieDocumentStore,
  inMemory: createMemoryDocumentStore,
};
