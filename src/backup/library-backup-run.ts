import type { DocumentMeta } from '../document/article-document';
import type { LibraryContents } from './build-library-backup';
import {
  buildLibraryBackup,
  libraryBackupFilename,
  serializeLibraryBackup,
} from './build-library-backup';
import { parseLibraryBackup, type BackupRefusal } from './parse-library-backup';
import { planRestore, type RestorePlan } from './restore-plan';

/** Where the library is read from: the store's one-transaction read and the saved positions. */
export interface LibrarySource {
  readLibrary(): Promise<Omit<LibraryContents, 'positions'>>;
  /** The stored reading positions (unchecked) of those of `ids` that have one. */
  positionsOf(ids: readonly string[]): Readonly<Record<string, unknown>>;
}

/**
 * The whole library as a backup file's name and content: one consistent read of the store,
 * the reading positions of every document (the bundled ones too), in the versioned envelope.
 * Rejects with the store's `StorageError`.
 */
export async function makeLibraryBackup(
  tools: LibrarySource,
  options: { now: Date; bundled: readonly DocumentMeta[] },
): Promise<{ fileName: string; content: string }> {
  const library = await tools.readLibrary();
  const ids = new Set([
    ...library.documents.map(({ row }) => row.id),
    ...options.bundled.map((meta) => meta.id),
  ]);
  const backup = buildLibraryBackup(
    { ...library, positions: tools.positionsOf([...ids]) },
    options,
  );
  return { fileName: libraryBackupFilename(options.now), content: serializeLibraryBackup(backup) };
}

/** A restore ready to preview, or why the file is refused (nothing read into the store). */
export type RestoreReading =
  { ok: true; plan: RestorePlan; exported: string } | { ok: false; code: BackupRefusal };

/**
 * Reads a backup file's text and plans its merge into the library as it is now (see
 * `planRestore`). `bundledTexts` are the bundled documents' texts by id, to find the quotes of
 * their annotations. Writes nothing; rejects only when the store cannot be read.
 */
export async function readLibraryRestore(
  tools: LibrarySource,
  json: string,
  bundledTexts: Readonly<Record<string, string>>,
): Promise<RestoreReading> {
  const parsed = parseLibraryBackup(json, bundledTexts);
  if (!parsed.ok) return { ok: false, code: parsed.code };
  const library = await tools.readLibrary();
  const positioned = Object.keys(tools.positionsOf(Object.keys(parsed.backup.positions)));
  const plan = planRestore(parsed.backup, {
    documents: library.documents.map(({ row }) => row),
    annotations: library.annotations,
    events: library.events,
    dismissed: library.dismissed,
    positioned,
  });
  return { ok: true, plan, exported: parsed.backup.exported };
}
