// The stored record is the contract of export and import. annotation-record.ts is a leaf module
// (types, constants and the rules of each field; no Dexie), the one part of storage the lint
// boundary lets pure folders import.
export {
  HIGHLIGHT_COLORS,
  MAX_NOTE_LENGTH,
  cleanTags,
  hasPassage,
  isHighlightColor,
  isIsoTimestamp,
  isUuid,
} from '../storage/annotation-record';
export type { AnnotationRecord, HighlightColor } from '../storage/annotation-record';
