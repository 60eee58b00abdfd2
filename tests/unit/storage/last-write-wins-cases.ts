/** Values and whether they are `Date#toISOString` timestamps. */
export const timestampCases: [value: unknown, valid: boolean][] = [
  ['2022-02-09T10:15:00.000Z', true],
  ['1970-01-01T00:00:00.000Z', true],
  ['2024-02-29T23:59:59.999Z', true],
  ['2023-02-29T00:00:00.000Z', false],
  ['2026-13-45T12:00:00.000Z', false],
  ['2022-02-09T10:15:00Z', false],
  ['2022-02-09T10:15:00.000+03:00', false],
  ['2022-02-09 10:15:00.000Z', false],
  ['2022-02-09', false],
  ['+012022-02-09T10:15:00.000Z', false],
  ['', false],
  [1644401700000, false],
  [null, false],
];

/** previous stamp, clock, and the stamp the next edit gets. */
export const nextModifiedCases: [
  name: string,
  previous: string | null,
  now: string,
  next: string,
][] = [
  ['a new record takes the clock', null, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'],
  [
    'a clock ahead is used as is',
    '2024-01-01T00:00:00.000Z',
    '2024-01-02T00:00:00.000Z',
    '2024-01-02T00:00:00.000Z',
  ],
  [
    'a clock equal to the stamp moves 1 ms on',
    '2024-01-01T00:00:00.000Z',
    '2024-01-01T00:00:00.000Z',
    '2024-01-01T00:00:00.001Z',
  ],
  [
    'a clock behind (another device’s stamp) moves past it',
    '2030-06-01T12:00:00.999Z',
    '2024-01-01T00:00:00.000Z',
    '2030-06-01T12:00:01.000Z',
  ],
  [
    'a malformed stamp is ignored',
    'yesterday',
    '2024-01-01T00:00:00.000Z',
    '2024-01-01T00:00:00.000Z',
  ],
];
