import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoTimestamp } from '../../../src/storage/annotation-record';
import { nextModified, shouldReplace } from '../../../src/storage/last-write-wins';
import { nextModifiedCases, timestampCases } from './last-write-wins-cases';
import { makeRecord } from './test-stores';

const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms));

describe('last write wins', () => {
  it.each(timestampCases)('isIsoTimestamp(%j) is %s', (value, valid) => {
    expect(isIsoTimestamp(value)).toBe(valid);
  });

  it.each(nextModifiedCases)('nextModified: %s', (_name, previous, now, next) => {
    expect(nextModified(previous, new Date(now))).toBe(next);
  });

  it('property: the next stamp is a timestamp, not before the clock, and wins over the previous', () => {
    fc.assert(
      fc.property(instant, instant, (previous, now) => {
        const stored = makeRecord({ modified: previous.toISOString() });
        const next = nextModified(stored.modified, now);
        expect(isIsoTimestamp(next)).toBe(true);
        expect(next >= now.toISOString()).toBe(true);
        expect(next > stored.modified).toBe(true);
        expect(shouldReplace(stored, { ...stored, modified: next })).toBe(true);
        expect(shouldReplace({ ...stored, modified: next }, stored)).toBe(false);
      }),
    );
  });

  it('replaces when nothing is stored or the stamps are equal', () => {
    const record = makeRecord();
    expect(shouldReplace(undefined, record)).toBe(true);
    expect(shouldReplace(record, { ...record, note: 'same stamp' })).toBe(true);
  });
});
