import { describe, expect, it } from 'vitest';
import { offsetOf, virtualWindow, type WindowInput } from '../../../src/notes/virtual-window';

// 100 px cards with a 10 px gap: card i spans [110 i, 110 i + 100).
const base: WindowInput = {
  count: 20_000,
  heightOf: () => 100,
  gap: 10,
  viewStart: 0,
  viewEnd: 500,
  overscan: 2,
  pinned: -1,
};

describe('virtualWindow', () => {
  it.each([
    ['the top of the list', {}, { first: 0, last: 6 }],
    ['a view in the middle', { viewStart: 110_000, viewEnd: 110_500 }, { first: 998, last: 1006 }],
    [
      'the end of the list',
      { viewStart: 2_199_500, viewEnd: 2_200_000 },
      { first: 19_993, last: 19_999 },
    ],
    [
      'a view past the end',
      { viewStart: 5_000_000, viewEnd: 5_000_500 },
      { first: 19_997, last: 19_999 },
    ],
    ['a view above the list', { viewStart: -900, viewEnd: -400 }, { first: 0, last: 2 }],
    ['a pinned card far below', { pinned: 15_000 }, { first: 14_998, last: 15_002 }],
    ['a pinned card in view', { pinned: 3 }, { first: 0, last: 6 }],
    ['no overscan', { overscan: 0 }, { first: 0, last: 4 }],
    ['fewer cards than the view holds', { count: 3 }, { first: 0, last: 2 }],
  ] as const)('%s', (_name, input, expected) => {
    const window = virtualWindow({ ...base, ...input });
    expect({ first: window.first, last: window.last }).toEqual(expected);
  });

  it('leaves room for exactly the cards it does not draw', () => {
    const heights = Array.from({ length: 500 }, (_, i) => 60 + (i % 7) * 15);
    const heightOf = (i: number) => heights[i] ?? 0;
    const total = offsetOf(500, heightOf, 10);
    for (const viewStart of [0, 1234, 20_000, total - 300]) {
      const w = virtualWindow({
        ...base,
        count: 500,
        heightOf,
        viewStart,
        viewEnd: viewStart + 300,
      });
      const drawn = offsetOf(w.last + 1, heightOf, 10) - offsetOf(w.first, heightOf, 10);
      expect(w.before).toBe(offsetOf(w.first, heightOf, 10));
      expect(w.before + drawn + w.after).toBe(total);
      // Every card the view touches is drawn.
      expect(offsetOf(w.first, heightOf, 10)).toBeLessThanOrEqual(Math.max(0, viewStart));
      expect(offsetOf(w.last + 1, heightOf, 10)).toBeGreaterThanOrEqual(
        Math.min(total, viewStart + 300),
      );
    }
  });

  it('draws nothing for an empty list', () => {
    expect(virtualWindow({ ...base, count: 0 })).toEqual({
      first: 0,
      last: -1,
      before: 0,
      after: 0,
    });
  });
});
