import type { DateDecoration } from '../document/text-decorations';

/** The built-in document's dates, worked out at build time (`virtual:built-in-dates`). */
export interface PrecomputedDates {
  documentId: string;
  /** `textFingerprint` (anchoring/text-fingerprint.ts) of the text they were found in. */
  fingerprint: number;
  dates: DateDecoration[];
}
