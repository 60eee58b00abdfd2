import type { DocumentRecord, DocumentTextRecord } from './document-record';
import type { DocumentStore } from './document-store';
import {
  createDocumentRepository,
  type DocumentBackend,
  type DocumentRepositoryOptions,
} from './document-repository';
import type { QariDb } from './db';
import { createDexieLibraryTools } from './library-tools';
import { toStorageError } from './storage-error';

function createDexieDocumentBackend(db: QariDb): DocumentBackend {
  return {
    async transact(mode, work) {
      try {
        return await db.transaction(
          mode,
          [
            db.documents,
            db.documentTexts,
            db.annotations,
            db.timelineEvents,
            db.dismissedProposals,
          ],
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
              async putAnnotations(records) {
                await trans.table('annotations').bulkPut([...records]);
              },
              async removeWithAnnotations(id) {
                for (const table of ['annotations', 'timelineEvents', 'dismissedProposals']) {
                  await trans.table(table).where('documentId').equals(id).delete();
                }
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
 * library tools when given the store's annotation validator (`normalizeAnnotation`, as
 * `openStore` does).
 */
export function createDexieDocumentStore(
  db: QariDb,
  options: DocumentRepositoryOptions = {},
): DocumentStore {
  return {
    ...createDocumentRepository(createDexieDocumentBackend(db), options),
    tools: options.normalizeAnnotation
      ? createDexieLibraryTools(db, options.normalizeAnnotation)
      : null,
  };
}
