import type { StorageErrorCode } from '../storage/storage-error';

const KEYS = {
  'quota-exceeded': 'storageErrors.quotaExceeded',
  unavailable: 'storageErrors.unavailable',
  closed: 'storageErrors.closed',
  'version-change': 'storageErrors.versionChange',
  'note-too-long': 'storageErrors.noteTooLong',
  invalid: 'storageErrors.invalid',
  unknown: 'storageErrors.unknown',
} as const satisfies Record<StorageErrorCode, string>;

/** The translation key of the message for a storage error code. */
export function storageErrorKey(code: StorageErrorCode): (typeof KEYS)[StorageErrorCode] {
  return KEYS[code];
}
