import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/import/import-plan';
import type { AnnotationRecord } from '../../../src/export/record-contract';
import { dataset } from '../export/export-dataset';

const stored = dataset[1]!; // modified 2026-11-20T09:00:00.000Z
const later = '2026-11-25T00:00:00.000Z';
const earlier = '2026-11-01T00:00:00.000Z';

/** [case, incoming copy of the stored record, where the plan puts it] */
const cases: [string, AnnotationRecord, 'new' | 'updated' | 'unchanged'][] = [
  ['an id not stored', { ...stored, id: '11111111-2222-4333-8444-555555555555' }, 'new'],
  ['newer and different', { ...stored, note: 'edited', modified: later }, 'updated'],
  ['newer, other color', { ...stored, color: 'pink', modified: later }, 'updated'],
  ['newer, other tags', { ...stored, tags: ['x'], modified: later }, 'updated'],
  ['same time, different', { ...stored, note: 'edited' }, 'unchanged'],
  ['older and different', { ...stored, note: 'edited', modified: earlier }, 'unchanged'],
  ['identical', { ...stored }, 'unchanged'],
  ['newer but identical content', { ...stored, modified: later }, 'unchanged'],
];

describe('planImport', () => {
  it.each(cases)('%s → %s', (_name, incoming, bucket) => {
    const plan = planImport([incoming], [stored]);
    expect(plan[bucket]).toEqual([incoming]);
    expect(plan.counts[bucket]).toBe(1);
  });

  it('brings a newer copy of a trashed record back as an update', () => {
    const trashed = { ...stored, deleted: '2026-11-22T00:00:00.000Z' };
    const plan = planImport([{ ...stored, modified: later }], [trashed]);
    expect(plan.counts).toEqual({ new: 0, updated: 1, unchanged: 0, rejected: 0 });
  });

  it('passes the parse rejections through and counts everything', () => {
    const plan = planImport(
      [stored, { ...dataset[2]!, modified: later, note: 'x' }, dataset[3]!],
      [stored, dataset[2]!],
      [{ index: 4, reason: 'quote-not-found' }],
    );
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, rejected: 1 });
    expect(plan.rejected).toEqual([{ index: 4, reason: 'quote-not-found' }]);
  });
});
