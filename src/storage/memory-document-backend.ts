import type { AnnotationRecord } from './annotation-record';
import type { AnnotationStore } from './annotation-store';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import type { DocumentStore } from './document-store';
import {
  createDocumentRepository,
  type DocumentBackend,
  type DocumentRepositoryOptions,
  type DocumentTx,
} from './document-repository';
import { StorageError, toStorageError } from './storage-error';

/** Options for {@link createMemoryDocumentStore}. */
export interface MemoryDocumentOptions extends DocumentRepositoryOptions {
  /** The memory annotation store beside it, whose annotations go when a document is purged. */
  annotations?: AnnotationStore;
}

function createMemoryDocumentBackend(annotations?: AnnotationStore): DocumentBackend {
  const documents = new Map<string, DocumentRecord>();
  const texts = new Map<string, DocumentTextRecord>();
  // One transaction at a time, like IndexedDB's readwrite transactions.
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(work: (tx: DocumentTx) => Promise<T>): Promise<T> {
    // Writes are staged and land only when `work` resolves: a throw leaves nothing behind.
    const staged = new Map<string, DocumentRecord | null>();
    const stagedTexts = new Map<string, DocumentTextRecord | null>();
    const purged: string[] = [];
    const annotated: AnnotationRecord[] = [];
    const read = <V>(stage: Map<string, V | null>, base: Map<string, V>, id: string) => {
      const value = stage.has(id) ? stage.get(id) : base.get(id);
      return value === null || value === undefined ? undefined : structuredClone(value);
    };
    const result = await work({
      get: async (id) => read(staged, documents, id),
      put: async (record) => void staged.set(record.id, structuredClone(record)),
      list: async () =>
        [...new Set([...documents.keys(), ...staged.keys()])]
          .map((id) => read(staged, documents, id))
          .filter((row): row is DocumentRecord => row !== undefined),
      listByHash: async (hash) =>
        [...new Set([...documents.keys(), ...staged.keys()])]
          .map((id) => read(staged, documents, id))
          .filter((row): row is DocumentRecord => row?.contentHash === hash),
      getText: async (id) => read(stagedTexts, texts, id),
      putText: async (text) => void stagedTexts.set(text.id, structuredClone(text)),
      putAnnotations: async (records) => void annotated.push(...structuredClone(records)),
      async removeWithAnnotations(id) {
        staged.set(id, null);
        stagedTexts.set(id, null);
        purged.push(id);
      },
    });
    // The annotations first: their store writes all or none, and what follows cannot fail.
    if (annotated.length > 0) {
      if (!annotations) throw new StorageError('unavailable', 'no annotation store beside it');
      await annotations.applyImport({ put: annotated });
    }
    for (const [id, row] of staged) {
      if (row === null) documents.delete(id);
      else documents.set(id, row);
    }
    for (const [id, text] of stagedTexts) {
      if (text === null) texts.delete(id);
      else texts.set(id, text);
    }
    for (const id of purged) {
      for (const record of (await annotations?.listAnnotations(id)) ?? []) {
        await annotations?.deleteAnnotation(record.id);
        await annotations?.purgeAnnotation(record.id);
      }
    }
    return result;
  }

  return {
    transact(_mode, work) {
      const result = queue.then(() => run(work));
      queue = result.catch(() => undefined);
      return result.catch((error: unknown) => {
        throw toStorageError(error);
      });
    },
  };
}

/**
 * The library kept in this tab's memory, for when IndexedDB is unavailable: the same rules as
 * on IndexedDB; nothing survives the tab.
 */
export function createMemoryDocumentStore(options: MemoryDocumentOptions = {}): DocumentStore {
  return createDocumentRepository(createMemoryDocumentBackend(options.annotations), options);
}
