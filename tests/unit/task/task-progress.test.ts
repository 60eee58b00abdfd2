import { describe, expect, it } from 'vitest';
import {
  announcementKey,
  progressFraction,
  type TaskProgress,
} from '../../../src/task/task-progress';

const at = (done: number, total: number | null, phase = 'checking'): TaskProgress => ({
  phase,
  done,
  total,
});

describe('progressFraction', () => {
  const cases: [string, TaskProgress, number | null][] = [
    ['unknown total', at(0, null), null],
    ['nothing done', at(0, 20_000), 0],
    ['a share', at(12_400, 20_000), 0.62],
    ['all done', at(20_000, 20_000), 1],
    ['an empty phase counts as done', at(0, 0), 1],
    ['over the total is capped', at(30, 20), 1],
  ];
  it.each(cases)('%s', (_name, progress, fraction) => {
    expect(progressFraction(progress)).toBe(fraction);
  });
});

describe('announcementKey', () => {
  it('changes only at a new phase or a new quarter, so a live region speaks rarely', () => {
    const keys = Array.from({ length: 20_001 }, (_, done) => announcementKey(at(done, 20_000)));
    expect(new Set(keys)).toEqual(
      new Set(['checking:0', 'checking:1', 'checking:2', 'checking:3']),
    );
    expect(announcementKey(at(0, 20_000, 'saving'))).toBe('saving:0');
    expect(announcementKey(at(0, null, 'reading'))).toBe('reading:0');
    expect(announcementKey(at(5000, 20_000))).toBe('checking:1');
    expect(announcementKey(at(4999, 20_000))).toBe('checking:0');
  });
});
