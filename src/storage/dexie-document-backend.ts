import type { DocumentRecord, DocumentTextRecord } from './document-record';
import type { DocumentStore } from './document-store';
import { createDocumentRepository, type DocumentBackend } from './document-repository';
import type { QariDb } from './db';
import type { AnnotationNormalizer } from './library-backup-writes';
import { createDexieLibraryTools } from './library-tools';
import type { RepositoryOptions } from './repository';
import { toStorageError } from './storage-error';

function createDexieDocumentBackend(db: QariDb): DocumentBackend {
  return {
    async transact(mode, work) {
      try {
        return await db.transaction(
          mode,
          [db.documents, db.documentTexts, db.annotations],
          (trans) => {
            const documents = trans.table<DocumentRecord, string>('documents');
            const texts = trans.table<DocumentTextRecord, string>('documentTexts');
            return work({
              get: (id) => documents.get(id),
              async put(record) {
                await documents.put(record);
              },
              list: () => documents.toArray(),
              listByHash: (hash) => documents.where('contentHash').equals(hash).toArray(),
              getText: (id) => texts.get(id),
              async putText(text) {
                await texts.put(text);
              },
              async removeWithAnnotations(id) {
                await trans.table('annotations').where('documentId').equals(id).delete();
                await texts.delete(id);
                await documents.delete(id);
              },
            });
          },
        );
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}

/**
 * The library's repository on the store's IndexedDB database (the same connection), with its
 * library tools when given the store's annotation validator (`normalize`, as `openStore` does).
 */
export function createDexieDocumentStore(
  db: QariDb,
  options: RepositoryOptions & { normalize?: AnnotationNormalizer } = {},
): DocumentStore {
  return {
    ...createDocumentRepository(createDexieDocumentBackend(db), options),
    tools: options.normalize ? createDexieLibraryTools(db, options.normalize) : null,
  };
}
