import type { PassageTop } from '../../../src/timeline/current-event';

export interface CurrentEventCase {
  name: string;
  passages: PassageTop[];
  /** Reading line, viewport px from the top. */
  lineY: number;
  order: string[];
  expected: string | null;
}

const ORDER = ['a', 'b', 'c'];

/** Passage positions on screen and the event the reader is taken to be reading. */
export const currentEventCases: CurrentEventCase[] = [
  {
    name: 'nothing before the first passage reaches the line',
    passages: [
      { eventId: 'a', top: 400 },
      { eventId: 'b', top: 900 },
    ],
    lineY: 300,
    order: ORDER,
    expected: null,
  },
  {
    name: 'a passage whose start is on the line is current',
    passages: [{ eventId: 'a', top: 300 }],
    lineY: 300,
    order: ORDER,
    expected: 'a',
  },
  {
    name: 'the passage that started last above the line wins',
    passages: [
      { eventId: 'a', top: -800 },
      { eventId: 'b', top: 120 },
      { eventId: 'c', top: 500 },
    ],
    lineY: 300,
    order: ORDER,
    expected: 'b',
  },
  {
    name: 'between passages, the last one passed stays current',
    passages: [
      { eventId: 'a', top: -2000 },
      { eventId: 'b', top: -900 },
      { eventId: 'c', top: 1400 },
    ],
    lineY: 300,
    order: ORDER,
    expected: 'b',
  },
  {
    name: 'reading order on screen decides, not timeline order',
    passages: [
      { eventId: 'c', top: -300 },
      { eventId: 'a', top: 200 },
    ],
    lineY: 300,
    order: ORDER,
    expected: 'a',
  },
  {
    name: 'two passages starting together: the earlier in the timeline wins',
    passages: [
      { eventId: 'c', top: 100 },
      { eventId: 'b', top: 100 },
    ],
    lineY: 300,
    order: ORDER,
    expected: 'b',
  },
  {
    name: 'no passages at all',
    passages: [],
    lineY: 300,
    order: ORDER,
    expected: null,
  },
];
