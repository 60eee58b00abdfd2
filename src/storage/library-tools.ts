import type { QariDb } from './db';
import type { DocumentRecord } from './document-record';
import type {
  AnnotationNormalizer,
  LibraryRead,
  RestoreControl,
  RestoreOutcome,
  RestoreWrites,
} from './library-backup-writes';
import type { TextReplacement } from './replace-text-writes';
import { toStorageError } from './storage-error';

/**
 * The whole-library work of the library's store: replacing a document's text (and undoing it),
 * reading everything for a backup and writing a restore, each in one transaction. Every method
 * rejects only with a `StorageError`.
 */
export interface LibraryTools {
  /** See `applyTextReplacement`: the new text, its annotations moved, the old text kept. */
  replaceText(plan: TextReplacement): Promise<DocumentRecord>;
  /** See `undoTextReplacement`: false, writing nothing, when there is nothing to undo. */
  undoReplaceText(documentId: string): Promise<boolean>;
  /** When the text of document `documentId` was last replaced (ISO), if it can be undone. */
  replacedAt(documentId: string): Promise<string | null>;
  /** Every document with its text, and every annotation, in one consistent read. */
  readLibrary(): Promise<LibraryRead>;
  /** See `applyRestore`: all of it in one transaction, or nothing (on cancel too). */
  restore(plan: RestoreWrites, control?: RestoreControl): Promise<RestoreOutcome>;
  /** See `readChangesSince`: when the library changed after `since`, for the backup reminder. */
  changesSince(since: string | null): Promise<string[]>;
}

/**
 * The tools on the store's IndexedDB database. The writes' code loads on first use, not with
 * the library; `normalize` is the store's annotation validator (`normalizeAnnotation`).
 */
export function createDexieLibraryTools(db: QariDb, normalize: AnnotationNormalizer): LibraryTools {
  const writes = () => import('./replace-text-writes');
  const backups = () => import('./library-backup-writes');
  return {
    replaceText: async (plan) => (await writes()).applyTextReplacement(db, plan),
    undoReplaceText: async (id) => (await writes()).undoTextReplacement(db, id),
    async replacedAt(id) {
      try {
        return (await db.documentTexts.get(id))?.previous?.replaced ?? null;
      } catch (error) {
        throw toStorageError(error);
      }
    },
    readLibrary: async () => (await backups()).readLibrary(db),
    restore: async (plan, control) => (await backups()).applyRestore(db, plan, normalize, control),
    changesSince: async (since) => (await backups()).readChangesSince(db, since),
  };
}
