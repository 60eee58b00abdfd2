// The stored record is the contract of export and import, and annotation-record.ts is a leaf
// module (types and two constants, no Dexie). The lint boundary forbids src/export from reaching
// into storage; this one file is the reviewed exception, so the rest of the folder stays clean.
// eslint-disable-next-line no-restricted-imports
export { HIGHLIGHT_COLORS, MAX_NOTE_LENGTH } from '../storage/annotation-record';
// eslint-disable-next-line no-restricted-imports
export type { AnnotationRecord, HighlightColor } from '../storage/annotation-record';
