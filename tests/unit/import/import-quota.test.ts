import { describe, expect, it } from 'vitest';
import {
  estimateStoredBytes,
  quotaShortfall,
  type QuotaEstimate,
} from '../../../src/import/import-quota';
import { dataset } from '../export/export-dataset';

describe('estimateStoredBytes', () => {
  it('is zero for nothing and grows with every record and every character', () => {
    expect(estimateStoredBytes([])).toBe(0);
    const one = estimateStoredBytes(dataset.slice(0, 1));
    expect(one).toBeGreaterThan(600);
    expect(estimateStoredBytes(dataset)).toBeGreaterThan(one);
    const longer = { ...dataset[0]!, note: `${dataset[0]!.note}ملاحظة` };
    expect(estimateStoredBytes([longer])).toBe(one + 'ملاحظة'.length * 2);
  });

  it('counts a record at least twice its JSON in characters, as IndexedDB may keep it', () => {
    for (const record of dataset) {
      expect(estimateStoredBytes([record])).toBeGreaterThan(JSON.stringify(record).length);
    }
  });
});

describe('quotaShortfall', () => {
  const cases: [string, number, QuotaEstimate, ReturnType<typeof quotaShortfall>][] = [
    ['fits', 1000, { quota: 10_000, usage: 2000 }, null],
    ['fits exactly', 8000, { quota: 10_000, usage: 2000 }, null],
    ['one byte over', 8001, { quota: 10_000, usage: 2000 }, { needed: 8001, available: 8000 }],
    ['usage over quota', 1, { quota: 10, usage: 20 }, { needed: 1, available: 0 }],
    ['no estimate', 1e12, {}, null],
    ['no usage', 1e12, { quota: 10 }, null],
    ['an infinite quota', 1e12, { quota: Infinity, usage: 0 }, null],
  ];
  it.each(cases)('%s', (_name, needed, estimate, expected) => {
    expect(quotaShortfall(needed, estimate)).toEqual(expected);
  });
});
