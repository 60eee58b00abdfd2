/**
 * Why a storage call failed. The UI translates codes; storage never writes user-facing text.
 * - `quota-exceeded`: the browser refused to store more data.
 * - `unavailable`: IndexedDB is missing, forbidden (private mode, sandbox) or broken.
 * - `closed`: the connection was closed (by us, the browser, or a deleted database).
 * - `version-change`: another tab runs a newer schema; this tab must reload to update.
 * - `note-too-long`: a note is longer than `MAX_NOTE_LENGTH`.
 * - `invalid`: a record or request is malformed, or the operation is not allowed in its state.
 * - `unknown`: anything else (a bug, or an error we have not seen before).
 */
export type StorageErrorCode =
  | 'quota-exceeded'
  | 'unavailable'
  | 'closed'
  | 'version-change'
  | 'note-too-long'
  | 'invalid'
  | 'unknown';

/** The only error storage functions reject with; `cause` keeps the original error. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  /** `detail` is for developers (logs, test output), never shown to users. */
  constructor(code: StorageErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.code = code;
  }
}

/**
 * Error names (DOMException and Dexie's `*Error` classes) mapped to a code. Names missing here
 * are either wrappers (see {@link WRAPPER_CODES}) or `unknown`.
 */
const NAME_CODES: Readonly<Record<string, StorageErrorCode>> = {
  QuotaExceededError: 'quota-exceeded',
  // Firefox before it adopted the standard name.
  NS_ERROR_DOM_QUOTA_REACHED: 'quota-exceeded',
  VersionError: 'version-change',
  VersionChangeError: 'version-change',
  DatabaseClosedError: 'closed',
  // IDB throws InvalidStateError when a transaction is started on a closing connection.
  InvalidStateError: 'closed',
  SecurityError: 'unavailable',
  MissingAPIError: 'unavailable',
  // Chrome reports a broken or inaccessible backing store as UnknownError on open.
  UnknownError: 'unavailable',
  DataError: 'invalid',
  DataCloneError: 'invalid',
  ConstraintError: 'invalid',
  InvalidArgumentError: 'invalid',
};

/** Wrappers whose own name says little: look inside first, fall back to this code. */
const WRAPPER_CODES: Readonly<Record<string, StorageErrorCode>> = {
  AbortError: 'unknown',
  BulkError: 'unknown',
  ModifyError: 'unknown',
  OpenFailedError: 'unavailable',
  UpgradeError: 'unknown',
};

const MAX_DEPTH = 5;

function nestedErrors(error: object): unknown[] {
  const nested: unknown[] = [];
  if ('inner' in error) nested.push(error.inner);
  if ('cause' in error) nested.push(error.cause);
  // Dexie's BulkError and ModifyError collect per-record failures.
  if ('failures' in error) {
    const { failures } = error;
    if (Array.isArray(failures)) nested.push(...failures);
    else if (failures && typeof failures === 'object') nested.push(...Object.values(failures));
  }
  return nested;
}

function classify(error: unknown, depth: number): StorageErrorCode {
  if (error instanceof StorageError) return error.code;
  if (!error || typeof error !== 'object' || depth > MAX_DEPTH) return 'unknown';
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  const direct = NAME_CODES[name];
  if (direct) return direct;
  for (const inner of nestedErrors(error)) {
    const code = classify(inner, depth + 1);
    if (code !== 'unknown') return code;
  }
  return WRAPPER_CODES[name] ?? 'unknown';
}

/**
 * Classifies any thrown value (DOMException, Dexie error, StorageError, anything) and wraps it
 * in a StorageError; a StorageError is returned as it is. Looks through Dexie's `inner`,
 * `cause` and bulk `failures`, so an AbortError caused by a full disk is `quota-exceeded`.
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const code = classify(error, 0);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StorageError(code, detail, { cause: error });
}
