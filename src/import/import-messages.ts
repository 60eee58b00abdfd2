import type { ImportErrorCode, RejectCode } from './import-types';

const FILE_ERROR_KEYS = {
  'not-json': 'exporting.fileErrors.notJson',
  'wrong-shape': 'exporting.fileErrors.wrongShape',
  empty: 'exporting.fileErrors.empty',
  'too-large': 'exporting.fileErrors.tooLarge',
  'unsupported-format': 'exporting.fileErrors.unsupportedFormat',
} as const satisfies Record<ImportErrorCode, string>;

const REJECT_KEYS = {
  'invalid-annotation': 'exporting.reasons.invalidAnnotation',
  'invalid-id': 'exporting.reasons.invalidId',
  'duplicate-id': 'exporting.reasons.duplicateId',
  'missing-target': 'exporting.reasons.missingTarget',
  'other-document': 'exporting.reasons.otherDocument',
  'not-in-library': 'exporting.reasons.notInLibrary',
  'invalid-color': 'exporting.reasons.invalidColor',
  'note-too-long': 'exporting.reasons.noteTooLong',
  'invalid-date': 'exporting.reasons.invalidDate',
  'quote-not-found': 'exporting.reasons.quoteNotFound',
  reply: 'exporting.reasons.reply',
} as const satisfies Record<RejectCode, string>;

/** Every file error code, for tests that check each has a message. */
export const IMPORT_ERROR_CODES = Object.keys(FILE_ERROR_KEYS) as ImportErrorCode[];
/** Every rejection code, for tests that check each has a message. */
export const REJECT_CODES = Object.keys(REJECT_KEYS) as RejectCode[];

/** The translation key of the message for a file-level import error. */
export function importErrorKey(code: ImportErrorCode): (typeof FILE_ERROR_KEYS)[ImportErrorCode] {
  return FILE_ERROR_KEYS[code];
}

/** The translation key of the reason an item of a file was left out. */
export function rejectReasonKey(code: RejectCode): (typeof REJECT_KEYS)[RejectCode] {
  return REJECT_KEYS[code];
}
