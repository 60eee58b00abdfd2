/** A document of the library as an import sees it: its id and the source its exports name. */
export interface LibraryEntry {
  id: string;
  /** Its `meta.source`: a web address, or a URN (`urn:uuid:<id>` for an added one without one). */
  source: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names a file may give `entry` as an annotation's `target.source`: its source, and, for a
 * document whose id is a UUID (one the reader added), `urn:uuid:<id>`, which names it even
 * when its source is a web address (a source added or corrected after the export).
 */
export function namesOf(entry: LibraryEntry): string[] {
  const names = [entry.source];
  if (UUID.test(entry.id)) names.push(`urn:uuid:${entry.id.toLowerCase()}`);
  return names;
}

/** A `urn:uuid:` in lower case (UUIDs are compared in any case); anything else as it is. */
const canonical = (name: string) => (/^urn:uuid:/i.test(name) ? name.toLowerCase() : name);

/** True when `source` is one of the names of `entry`. */
export function names(entry: LibraryEntry, source: string): boolean {
  const given = canonical(source);
  return namesOf(entry).some((name) => canonical(name) === given);
}

/** The id of the document of `library` that `source` names, or null when none does. */
export function documentNamedBy(library: readonly LibraryEntry[], source: string): string | null {
  return library.find((entry) => names(entry, source))?.id ?? null;
}

/** What {@link libraryEntries} reads of a row of the store's library (a `DocumentRecord`). */
export interface LibraryRow {
  id: string;
  /** Null for a bundled document: its metadata ships with the app. */
  meta: { source: string } | null;
  /** When it went to the Trash; null while in the library. */
  deleted: string | null;
}

/**
 * The library as an import sees it: every added document not in the Trash (by its stored
 * metadata), and each of `known` (the bundled article, the open document) that has no such row.
 * A bundled document's row has no metadata: it comes from `known`.
 */
export function libraryEntries(
  rows: readonly LibraryRow[],
  known: readonly LibraryEntry[],
): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const row of rows) {
    if (row.meta && row.deleted === null) entries.push({ id: row.id, source: row.meta.source });
  }
  for (const entry of known) {
    const trashed = rows.some((row) => row.id === entry.id && row.deleted !== null);
    if (!trashed && !entries.some((e) => e.id === entry.id)) {
      entries.push({ id: entry.id, source: entry.source });
    }
  }
  return entries;
}
