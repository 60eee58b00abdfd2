import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../../src/storage/storage-error';
import { classificationCases } from './storage-error-cases';

describe('toStorageError', () => {
  it.each(classificationCases)('classifies %s', (_name, make, code) => {
    const error = make();
    const classified = toStorageError(error);
    expect(classified).toBeInstanceOf(StorageError);
    expect(classified.code).toBe(code);
    if (!(error instanceof StorageError)) expect(classified.cause).toBe(error);
  });

  it('returns a StorageError as it is', () => {
    const error = new StorageError('closed', 'detail');
    expect(toStorageError(error)).toBe(error);
    expect(error.message).toBe('closed: detail');
    expect(error.name).toBe('StorageError');
  });
});
