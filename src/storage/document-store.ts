import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from './annotation-record';
import type { ImportControl } from './annotation-store';
import type { DocumentRecord, StoredDocument } from './document-record';
import type { LibraryTools } from './library-tools';

/**
 * The library's repository. Every method is async and rejects only with a `StorageError`.
 * A document in the Trash keeps its annotations where they are: they are reached through the
 * document, so they leave and come back with it, and go for good only with it.
 */
export interface DocumentStore {
  /** Every document row, in the library, trashed or hidden, in no particular order. */
  listDocuments(): Promise<DocumentRecord[]>;
  /** One row; null when there is none with that id. */
  getDocumentRecord(id: string): Promise<DocumentRecord | null>;
  /** An added document with its text and blocks; null when absent or bundled. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /**
   * Adds a document: its row, text and blocks in one transaction, or nothing (`invalid` when
   * the id is taken, it claims to be built in, or its blocks do not make its text; a full disk
   * rejects `quota-exceeded` and leaves no part of it). Resolves with the new row.
   */
  addDocument(doc: ArticleDocument): Promise<DocumentRecord>;
  /**
   * Adds documents, each with its text and its annotations, in ONE transaction: all of them or,
   * on a cancel (`control.signal`, rejecting `unknown` with the signal's reason as `cause`), a
   * full disk (`quota-exceeded`) or a bad item (`invalid`: an id taken, blocks that do not make
   * the text, an annotation that does not validate or names another document), none. Progress
   * is reported after each document, inside the transaction (not yet committed). Resolves with
   * the new rows, in order. `toExisting`: annotations of documents already in the library (the
   * highlights of a copy the import does not add again), validated the same way and written
   * in the same transaction, after the documents.
   */
  importDocuments(
    items: readonly { doc: ArticleDocument; annotations: readonly AnnotationRecord[] }[],
    control?: ImportControl,
    toExisting?: readonly AnnotationRecord[],
  ): Promise<DocumentRecord[]>;
  /**
   * The length of each added document's canonical text (UTF-16 units), read in one transaction
   * (the library's reading progress, without building a document per row). Ids with no stored
   * text are absent from the map.
   */
  textLengths(ids: readonly string[]): Promise<Map<string, number>>;
  /** An added document whose canonical text is exactly `text` (trashed ones too); null if none. */
  findByText(text: string): Promise<DocumentRecord | null>;
  /** Records that the reader opened it now; creates a bundled document's row the first time. */
  touchDocument(id: string): Promise<DocumentRecord>;
  /** Moves an added document to the Trash; null when absent; `invalid` for a bundled one. */
  trashDocument(id: string): Promise<DocumentRecord | null>;
  /** Takes it out of the Trash; null when absent; a no-op when not trashed. */
  restoreDocument(id: string): Promise<DocumentRecord | null>;
  /**
   * Deletes a trashed document for good with its text and every one of its annotations, in one
   * transaction; false when absent; `invalid` when it is not in the Trash or is bundled.
   */
  purgeDocument(id: string): Promise<boolean>;
  /** Hides or shows a bundled document in the library (it cannot be deleted); creates its row. */
  setHidden(id: string, hidden: boolean): Promise<DocumentRecord>;
  /**
   * Replacing a text, backing up and restoring the whole library; null on the memory store,
   * which keeps nothing past the tab (its notes are exported instead).
   */
  readonly tools?: LibraryTools | null;
}
