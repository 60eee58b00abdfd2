import type { AnnotationTarget } from '../anchoring/selectors';
import type { Block, DocumentMeta } from '../document/article-document';

/**
 * A row of the `documents` table: a document's place in the library (opened, trashed,
 * hidden) and, for a document the reader added, its metadata. The shared contract between
 * storage and the features, like `AnnotationRecord`.
 */
export interface DocumentRecord {
  id: string;
  /** The metadata of an added document; null for a bundled one (its metadata ships with the app). */
  meta: DocumentMeta | null;
  /** When it was added (ISO 8601, UTC), indexed for the library's sort; null when bundled. */
  added: string | null;
  /** When the reader last opened it (ISO 8601, UTC); null when never. Indexed. */
  lastOpened: string | null;
  /** {@link contentHash} of the canonical text, indexed to find a copy; null when bundled. */
  contentHash: string | null;
  /** When it went to the Trash (ISO 8601, UTC); null when in the library. */
  deleted: string | null;
  /** True when the reader hid it from the library: the bundled document's "delete". */
  hidden: boolean;
}

/**
 * A row of `documentTexts`: an added document's canonical text and blocks. Changed only by
 * replacing the whole text (`replace-text-writes.ts`), which keeps the text before in
 * `previous` for one level of undo.
 */
export interface DocumentTextRecord {
  id: string;
  text: string;
  blocks: Block[];
  /** The text before the last replacement; absent when never replaced or after undo. */
  previous?: PreviousText;
}

/**
 * What undoing a text replacement puts back. Not indexed, so keeping it needs no schema
 * version: rows written before it simply have none.
 */
export interface PreviousText {
  text: string;
  blocks: Block[];
  /** When the text was replaced (ISO 8601, UTC). */
  replaced: string;
  /** Each re-anchored annotation's target before the replacement, by annotation id. */
  targets: Record<string, AnnotationTarget>;
  /** Each re-anchored timeline event's target before it, by event id (absent before events). */
  eventTargets?: Record<string, AnnotationTarget>;
}

/** An added document as stored: its record, with its text and blocks. */
export interface StoredDocument {
  record: DocumentRecord & { meta: DocumentMeta };
  text: string;
  blocks: Block[];
}

/**
 * A 53-bit hash of a text as 14 hex digits (cyrb53): cheap, synchronous and the same in every
 * engine. Only a hint: two texts with one hash are compared in full before they count as one.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
