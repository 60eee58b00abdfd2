import { describe, expect, it } from 'vitest';
import { findStatus, type FindStatus } from '../../../src/search/find-status';

const cases: { name: string; args: Parameters<typeof findStatus>; expected: FindStatus }[] = [
  { name: 'nothing typed', args: ['', 0, -1, false], expected: { code: 'idle' } },
  { name: 'only spaces typed', args: ['  ', 0, -1, false], expected: { code: 'idle' } },
  { name: 'no matches', args: ['واشنطن', 0, -1, false], expected: { code: 'none' } },
  {
    name: 'third of twelve (1-based)',
    args: ['منظمة', 12, 2, false],
    expected: { code: 'count', position: 3, total: 12, capped: false },
  },
  {
    name: 'stopped at the limit',
    args: ['ا', 1000, 0, true],
    expected: { code: 'count', position: 1, total: 1000, capped: true },
  },
  {
    name: 'hits but no current one yet: the first',
    args: ['منظمة', 4, -1, false],
    expected: { code: 'count', position: 1, total: 4, capped: false },
  },
];

describe('findStatus', () => {
  it.each(cases)('$name', ({ args, expected }) => {
    expect(findStatus(...args)).toEqual(expected);
  });
});
