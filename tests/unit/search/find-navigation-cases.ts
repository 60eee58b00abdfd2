import type { FindDirection } from '../../../src/search/find-navigation';

/** From hit `current` of `count`, one step `direction` lands on `expected`. */
export interface StepCase {
  name: string;
  current: number;
  count: number;
  direction: FindDirection;
  expected: number;
}

export const stepCases: StepCase[] = [
  { name: 'next moves on', current: 2, count: 12, direction: 'next', expected: 3 },
  { name: 'previous moves back', current: 2, count: 12, direction: 'previous', expected: 1 },
  {
    name: 'next wraps from the last to the first',
    current: 11,
    count: 12,
    direction: 'next',
    expected: 0,
  },
  {
    name: 'previous wraps from the first to the last',
    current: 0,
    count: 12,
    direction: 'previous',
    expected: 11,
  },
  { name: 'a single hit stays put (next)', current: 0, count: 1, direction: 'next', expected: 0 },
  {
    name: 'a single hit stays put (previous)',
    current: 0,
    count: 1,
    direction: 'previous',
    expected: 0,
  },
  {
    name: 'no current hit: next is the first',
    current: -1,
    count: 5,
    direction: 'next',
    expected: 0,
  },
  {
    name: 'no current hit: previous is the last',
    current: -1,
    count: 5,
    direction: 'previous',
    expected: 4,
  },
  {
    name: 'a stale index past the end: next is the first',
    current: 9,
    count: 5,
    direction: 'next',
    expected: 0,
  },
  { name: 'no hits (next)', current: -1, count: 0, direction: 'next', expected: -1 },
  { name: 'no hits (previous)', current: 3, count: 0, direction: 'previous', expected: -1 },
];
