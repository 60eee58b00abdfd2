import { Dexie } from 'dexie';
import type { StorageErrorCode } from '../../../src/storage/storage-error';
import { StorageError } from '../../../src/storage/storage-error';

const dom = (name: string) => new DOMException(`${name} from the browser`, name);
const quota = dom('QuotaExceededError');

/** Errors as browsers and Dexie throw them, and the code each must get. */
export const classificationCases: [name: string, error: () => unknown, code: StorageErrorCode][] = [
  ['a DOMException QuotaExceededError', () => quota, 'quota-exceeded'],
  [
    'Dexie.QuotaExceededError wrapping it',
    () => new Dexie.QuotaExceededError(quota),
    'quota-exceeded',
  ],
  [
    'an AbortError whose inner error is the quota',
    () => new Dexie.AbortError('Transaction aborted', quota),
    'quota-exceeded',
  ],
  [
    'an AbortError two levels above the quota',
    () => new Dexie.AbortError(new Dexie.QuotaExceededError(quota)),
    'quota-exceeded',
  ],
  [
    'a BulkError with a quota failure',
    () => new Dexie.BulkError('bulkPut failed', { 3: quota }),
    'quota-exceeded',
  ],
  ['Firefox’s legacy quota name', () => dom('NS_ERROR_DOM_QUOTA_REACHED'), 'quota-exceeded'],
  [
    'an Error with a quota cause',
    () => new Error('write failed', { cause: quota }),
    'quota-exceeded',
  ],
  ['a bare AbortError', () => new Dexie.AbortError('Transaction aborted'), 'unknown'],
  ['DatabaseClosedError', () => new Dexie.DatabaseClosedError(), 'closed'],
  ['InvalidStateError (connection closing)', () => dom('InvalidStateError'), 'closed'],
  ['SecurityError', () => dom('SecurityError'), 'unavailable'],
  ['MissingAPIError', () => new Dexie.MissingAPIError(), 'unavailable'],
  ['a bare OpenFailedError', () => new Dexie.OpenFailedError('open failed'), 'unavailable'],
  [
    'OpenFailedError around a SecurityError',
    () => new Dexie.OpenFailedError(dom('SecurityError')),
    'unavailable',
  ],
  ['OpenFailedError around a quota', () => new Dexie.OpenFailedError(quota), 'quota-exceeded'],
  [
    'OpenFailedError around a VersionError',
    () => new Dexie.OpenFailedError(dom('VersionError')),
    'version-change',
  ],
  ['UnknownError (broken backing store)', () => dom('UnknownError'), 'unavailable'],
  ['VersionError', () => dom('VersionError'), 'version-change'],
  ['Dexie.VersionChangeError', () => new Dexie.VersionChangeError(), 'version-change'],
  ['DataCloneError', () => dom('DataCloneError'), 'invalid'],
  ['DataError (bad key)', () => dom('DataError'), 'invalid'],
  ['ConstraintError', () => dom('ConstraintError'), 'invalid'],
  ['a StorageError keeps its code', () => new StorageError('note-too-long'), 'note-too-long'],
  ['a TypeError (a bug)', () => new TypeError('x is undefined'), 'unknown'],
  ['a thrown string', () => 'oops', 'unknown'],
  ['null', () => null, 'unknown'],
  ['an error caused by itself', () => selfCaused(), 'unknown'],
];

function selfCaused(): Error {
  const error = new Error('loop');
  (error as { cause?: unknown }).cause = error;
  return error;
}
