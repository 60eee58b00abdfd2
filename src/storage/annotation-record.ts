import type { AnnotationTarget } from '../anchoring/selectors';

/** Highlight colors, in toolbar order. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Longest note the app accepts, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 10_000;

// The rules a record's fields follow, shared by storage's validation and import's checks.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Date#toISOString` output: fixed width, UTC, so two of them compare correctly as strings. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for a UUID (any version, either case), the shape of an annotation id. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** True for one of {@link HIGHLIGHT_COLORS}. */
export function isHighlightColor(value: unknown): value is HighlightColor {
  return HIGHLIGHT_COLORS.some((known) => known === value);
}

/** True for a string exactly as `Date#toISOString` writes it, naming a real instant. */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return false;
  // Month 13 parses to an invalid date (whose toISOString throws); 29 February of a common
  // year rolls over to 1 March, so the round trip differs.
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString() === value;
}

/** Tags as stored: NFC, trimmed, empty and repeated ones dropped, in first-seen order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.normalize('NFC').trim()).filter((tag) => tag !== ''))];
}

/**
 * One annotation as stored in IndexedDB and exchanged with export/import.
 * Times are ISO 8601 strings in UTC (`Date#toISOString`), so they compare as strings.
 */
export interface AnnotationRecord {
  /** UUID (v4), without the `urn:uuid:` prefix. */
  id: string;
  documentId: string;
  /**
   * Quote + position selectors over the document's canonical text; `target.quote.exact` is the
   * quote. Null for a document-level note: a note on the whole document, about no passage (a
   * Hypothesis page note, or one the reader adds), never anchored and never Unanchored.
   */
  target: AnnotationTarget | null;
  /** The highlight's color; a document-level note has no highlight and keeps `yellow`. */
  color: HighlightColor;
  /** Plain text; never interpreted as markup. Empty string when there is no note. */
  note: string;
  tags: string[];
  created: string;
  modified: string;
  /** When the annotation was moved to the trash; null while it is live. */
  deleted: string | null;
}

/** A document-level note: an annotation with no text target (see {@link AnnotationRecord}). */
export type DocumentNoteRecord = AnnotationRecord & { target: null };

/** An annotation of a passage: one with a text target. */
export type PassageRecord = AnnotationRecord & { target: AnnotationTarget };

/** True for a document-level note (no text target). */
export function isDocumentNote(record: AnnotationRecord): record is DocumentNoteRecord {
  return record.target === null;
}

/** True for an annotation of a passage (it has a text target). */
export function hasPassage(record: AnnotationRecord): record is PassageRecord {
  return record.target !== null;
}

/** Oldest `created` first, ties by id: the order the store lists a document's annotations in. */
export function byCreated(a: AnnotationRecord, b: AnnotationRecord): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
