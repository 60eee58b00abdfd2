import type { ArticleDocument } from '../document/article-document';
import { BLOCK_SEPARATOR } from '../document/article-document';
import type { AnnotationRecord } from './annotation-record';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import { contentHash } from './document-record';
import type { DocumentStore } from './document-store';
import type { RepositoryOptions } from './repository';
import { StorageError } from './storage-error';

/** Reads and writes of documents inside one transaction. */
export interface DocumentTx {
  get(id: string): Promise<DocumentRecord | undefined>;
  put(record: DocumentRecord): Promise<void>;
  list(): Promise<DocumentRecord[]>;
  listByHash(hash: string): Promise<DocumentRecord[]>;
  getText(id: string): Promise<DocumentTextRecord | undefined>;
  putText(text: DocumentTextRecord): Promise<void>;
  /** Writes annotations (already validated) in the same transaction as the documents. */
  putAnnotations(records: readonly AnnotationRecord[]): Promise<void>;
  /** Removes the row, the text, and every annotation and timeline event whose `documentId` is `id`. */
  removeWithAnnotations(id: string): Promise<void>;
}

/** What a storage engine gives the document repository. */
export interface DocumentBackend {
  /** Runs `work` in one transaction: all of its writes land, or none. Rejects with StorageError. */
  transact<T>(mode: 'r' | 'rw', work: (tx: DocumentTx) => Promise<T>): Promise<T>;
}

/** Options of the document repository. */
export interface DocumentRepositoryOptions extends RepositoryOptions {
  /**
   * Validates and normalises an annotation (`validate-annotation.ts`), throwing `invalid`;
   * passed in by whoever opens the store, so that module stays in the annotation store's chunk
   * (imported here, it became a sliver of its own on every first visit). Without it,
   * `importDocuments` refuses annotations.
   */
  normalizeAnnotation?: (input: unknown) => AnnotationRecord;
}

/** The row of a bundled document that has none yet. */
function bundledRow(id: string): DocumentRecord {
  return {
    id,
    meta: null,
    added: null,
    lastOpened: null,
    contentHash: null,
    deleted: null,
    hidden: false,
  };
}

/** Throws `invalid` unless the document's blocks, joined, are exactly its text. */
function checkDocument(doc: ArticleDocument): void {
  const { meta, blocks, text } = doc;
  if (typeof meta?.id !== 'string' || meta.id === '') throw invalid('document id');
  if (meta.builtIn) throw invalid('a bundled document is not stored');
  let offset = 0;
  for (const block of blocks) {
    if (block.start !== offset || text.slice(block.start, block.end) !== block.text) {
      throw invalid(`block ${block.id} does not match the text`);
    }
    offset = block.end + BLOCK_SEPARATOR.length;
  }
  if (blocks.map((b) => b.text).join(BLOCK_SEPARATOR) !== text) throw invalid('text');
}

const invalid = (detail: string) => new StorageError('invalid', detail);

/**
 * The document repository over any backend: the rules (one transaction per add, bundled
 * documents only hidden, purge only from the Trash) live here once for every engine.
 */
export function createDocumentRepository(
  backend: DocumentBackend,
  options: DocumentRepositoryOptions = {},
): DocumentStore {
  const now = options.now ?? (() => new Date());

  function update(
    id: string,
    change: (row: DocumentRecord) => DocumentRecord,
    createBundled: boolean,
  ): Promise<DocumentRecord | null> {
    return backend.transact('rw', async (tx) => {
      const stored = (await tx.get(id)) ?? (createBundled ? bundledRow(id) : undefined);
      if (!stored) return null;
      const next = change(stored);
      if (next !== stored || createBundled) await tx.put(next);
      return next;
    });
  }

  return {
    listDocuments: () => backend.transact('r', (tx) => tx.list()),

    getDocumentRecord: async (id) => (await backend.transact('r', (tx) => tx.get(id))) ?? null,

    getDocument: (id) =>
      backend.transact('r', async (tx) => {
        const record = await tx.get(id);
        const text = record?.meta ? await tx.getText(id) : undefined;
        if (!record?.meta || !text) return null;
        return { record: { ...record, meta: record.meta }, text: text.text, blocks: text.blocks };
      }),

    async addDocument(doc) {
      // Checked before any transaction starts: a bad document never half-writes.
      checkDocument(doc);
      const { meta, text, blocks } = doc;
      const record: DocumentRecord = {
        id: meta.id,
        meta,
        added: meta.added,
        lastOpened: null,
        contentHash: contentHash(text),
        deleted: null,
        hidden: false,
      };
      return backend.transact('rw', async (tx) => {
        if (await tx.get(meta.id)) throw invalid(`document ${meta.id} exists`);
        await tx.put(record);
        await tx.putText({ id: meta.id, text, blocks });
        return record;
      });
    },

    async importDocuments(items, { signal, onProgress } = {}, toExisting = []) {
      const cancelled = () =>
        new StorageError('unknown', 'import cancelled', { cause: signal?.reason });
      const normalize = (annotations: readonly AnnotationRecord[]) => {
        if (annotations.length === 0) return [];
        if (!options.normalizeAnnotation) throw invalid('no annotation check given');
        return annotations.map(options.normalizeAnnotation);
      };
      // Everything is checked before the transaction starts: a bad item never half-writes.
      const checked = items.map(({ doc, annotations }) => {
        checkDocument(doc);
        const records = normalize(annotations);
        if (records.some((r) => r.documentId !== doc.meta.id)) throw invalid('annotation document');
        return { doc, records };
      });
      const added = new Set(items.map(({ doc }) => doc.meta.id));
      const extra = normalize(toExisting);
      if (extra.some((r) => added.has(r.documentId))) throw invalid('annotation of a new document');
      if (signal?.aborted) throw cancelled();
      return backend.transact('rw', async (tx) => {
        const written: DocumentRecord[] = [];
        for (const { doc, records } of checked) {
          // Throwing inside the transaction aborts it: what earlier documents wrote is undone.
          if (signal?.aborted) throw cancelled();
          const { meta, text, blocks } = doc;
          if (await tx.get(meta.id)) throw invalid(`document ${meta.id} exists`);
          const record: DocumentRecord = {
            id: meta.id,
            meta,
            added: meta.added,
            lastOpened: null,
            contentHash: contentHash(text),
            deleted: null,
            hidden: false,
          };
          await tx.put(record);
          await tx.putText({ id: meta.id, text, blocks });
          await tx.putAnnotations(records);
          written.push(record);
          onProgress?.({ done: written.length, total: checked.length });
        }
        if (signal?.aborted) throw cancelled();
        await tx.putAnnotations(extra);
        return written;
      });
    },

    textLengths: (ids) =>
      backend.transact('r', async (tx) => {
        const texts = await Promise.all(ids.map((id) => tx.getText(id)));
        const lengths = new Map<string, number>();
        for (const stored of texts) if (stored) lengths.set(stored.id, stored.text.length);
        return lengths;
      }),

    findByText: (text) =>
      backend.transact('r', async (tx) => {
        for (const record of await tx.listByHash(contentHash(text))) {
          // The hash only narrows the search: the texts themselves decide.
          if ((await tx.getText(record.id))?.text === text) return record;
        }
        return null;
      }),

    touchDocument: async (id) =>
      (await update(id, (row) => ({ ...row, lastOpened: now().toISOString() }), true)) ??
      bundledRow(id),

    trashDocument: (id) =>
      update(
        id,
        (row) => {
          if (!row.meta) throw invalid('a bundled document can only be hidden');
          return row.deleted === null ? { ...row, deleted: now().toISOString() } : row;
        },
        false,
      ),

    restoreDocument: (id) =>
      update(id, (row) => (row.deleted === null ? row : { ...row, deleted: null }), false),

    purgeDocument: (id) =>
      backend.transact('rw', async (tx) => {
        const stored = await tx.get(id);
        if (!stored) return false;
        if (!stored.meta) throw invalid('a bundled document is never deleted');
        if (stored.deleted === null) throw invalid('purge of a document not in the Trash');
        await tx.removeWithAnnotations(id);
        return true;
      }),

    setHidden: async (id, hidden) =>
      (await update(id, (row) => (row.hidden === hidden ? row : { ...row, hidden }), true)) ??
      bundledRow(id),
  };
}
