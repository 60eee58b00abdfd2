import type { DateDecoration } from '../document/text-decorations';

/** FNV-1a (32 bit) of a text's UTF-16 units: tells the built text from another one cheaply. */
export function textFingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The built-in document's dates, worked out at build time (`virtual:built-in-dates`). */
export interface PrecomputedDates {
  documentId: string;
  /** {@link textFingerprint} of the text they were found in. */
  fingerprint: number;
  dates: DateDecoration[];
}
