import type { StoredEventDate } from '../../../src/storage/timeline-event-record';

/** What the reader types in the date field, and the date it stands for (undefined: refused). */
export const TYPED_DATES: [typed: string, expected: StoredEventDate | null | undefined][] = [
  ['', null],
  ['   ', null],
  ['2024', { value: '2024', precision: 'year', calendar: 'gregorian', original: '2024' }],
  ['2024-3', { value: '2024-03', precision: 'month', calendar: 'gregorian', original: '2024-3' }],
  [
    ' 2024-03-25 ',
    { value: '2024-03-25', precision: 'day', calendar: 'gregorian', original: '2024-03-25' },
  ],
  [
    '٢٠٢٤-٠٣-٢٥',
    { value: '2024-03-25', precision: 'day', calendar: 'gregorian', original: '2024-03-25' },
  ],
  [
    '2024-02-29',
    { value: '2024-02-29', precision: 'day', calendar: 'gregorian', original: '2024-02-29' },
  ],
  ['2023-02-29', undefined],
  ['2024-13', undefined],
  ['2024-00', undefined],
  ['25/03/2024', undefined],
  ['March 2024', undefined],
  ['24', undefined],
];

/** Events as stored, by id, and the timeline order they must come in. */
export const ORDER_CASES: {
  name: string;
  events: { id: string; date: string | null; quote: string; created?: string }[];
  expected: string[];
}[] = [
  {
    name: 'by date, a year before the days in it',
    events: [
      { id: 'c', date: '2024-03-09', quote: 'Schools reopened' },
      { id: 'a', date: '2024', quote: 'The dam was built' },
      { id: 'b', date: '2024-03-02', quote: 'The river burst' },
    ],
    expected: ['a', 'b', 'c'],
  },
  {
    name: 'undated last, in the order of the text',
    events: [
      { id: 'late', date: null, quote: 'Schools reopened' },
      { id: 'early', date: null, quote: 'The river burst' },
      { id: 'dated', date: '2024-03-09', quote: 'The dam was built' },
    ],
    expected: ['dated', 'early', 'late'],
  },
  {
    name: 'one date: by place in the text, Unanchored after the placed, then by creation',
    events: [
      {
        id: 'gone-2',
        date: '2024-03-02',
        quote: 'Nothing like this',
        created: '2024-01-02T00:00:00.000Z',
      },
      { id: 'second', date: '2024-03-02', quote: 'Schools reopened' },
      {
        id: 'gone-1',
        date: '2024-03-02',
        quote: 'Nowhere in it',
        created: '2024-01-01T00:00:00.000Z',
      },
      { id: 'first', date: '2024-03-02', quote: 'The river burst' },
    ],
    expected: ['first', 'second', 'gone-1', 'gone-2'],
  },
];
