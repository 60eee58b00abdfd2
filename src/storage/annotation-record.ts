import type { AnnotationTarget } from '../anchoring/selectors';

/** Highlight colors, in toolbar order. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Longest note the app accepts, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 10_000;

/**
 * One annotation as stored in IndexedDB and exchanged with export/import.
 * Times are ISO 8601 strings in UTC (`Date#toISOString`), so they compare as strings.
 */
export interface AnnotationRecord {
  /** UUID (v4), without the `urn:uuid:` prefix. */
  id: string;
  documentId: string;
  /** Quote + position selectors over the document's canonical text; `target.quote.exact` is the quote. */
  target: AnnotationTarget;
  color: HighlightColor;
  /** Plain text; never interpreted as markup. Empty string when there is no note. */
  note: string;
  tags: string[];
  created: string;
  modified: string;
  /** When the annotation was moved to the trash; null while it is live. */
  deleted: string | null;
}
