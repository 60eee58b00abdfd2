import type { Page } from 'playwright-core';
import type { ArticleDocument } from '../../src/document/article-document';
import type { DocumentRecord, DocumentTextRecord } from '../../src/storage/document-record';
import { createDocumentRepository } from '../../src/storage/document-repository';

/** One table of the app's IndexedDB, read in the page: the row with `id`, or every row. */
function readRows(page: Page, table: string, id: string | null): Promise<unknown[]> {
  return page.evaluate(
    async ({ table, id }) => {
      const open = indexedDB.open('qari');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const store = db.transaction(table).objectStore(table);
      const request = id === null ? store.getAll() : store.get(id);
      const result = await new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      db.close();
      return id === null ? (result as unknown[]) : result === undefined ? [] : [result];
    },
    { table, id },
  );
}

/**
 * Adds `doc` to the library of the page's app through the app's own document repository
 * (`createDocumentRepository`: its checks, its row and text records), its one transaction
 * replayed in the page as one IndexedDB transaction. The app must have opened the library's
 * store (the database has its tables).
 */
export async function addDocument(page: Page, doc: ArticleDocument): Promise<void> {
  const repository = createDocumentRepository({
    async transact(_mode, work) {
      const documents: DocumentRecord[] = [];
      const texts: DocumentTextRecord[] = [];
      const result = await work({
        get: async (id) => (await readRows(page, 'documents', id))[0] as DocumentRecord | undefined,
        put: async (record) => void documents.push(record),
        list: async () => (await readRows(page, 'documents', null)) as DocumentRecord[],
        listByHash: async (hash) =>
          ((await readRows(page, 'documents', null)) as DocumentRecord[]).filter(
            (row) => row.contentHash === hash,
          ),
        getText: async (id) =>
          (await readRows(page, 'documentTexts', id))[0] as DocumentTextRecord | undefined,
        putText: async (text) => void texts.push(text),
        removeWithAnnotations: () => Promise.reject(new Error('not a test helper: add only')),
        putAnnotations: () => Promise.reject(new Error('not a test helper: documents only')),
      });
      await page.evaluate(
        async ({ documents, texts }) => {
          const open = indexedDB.open('qari');
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error ?? new Error('open failed'));
          });
          const tx = db.transaction(['documents', 'documentTexts'], 'readwrite');
          for (const row of documents) tx.objectStore('documents').put(row);
          for (const row of texts) tx.objectStore('documentTexts').put(row);
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          });
          db.close();
        },
        { documents, texts },
      );
      return result;
    },
  });
  await repository.addDocument(doc);
}
