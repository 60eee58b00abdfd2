import { describe, expect, it } from 'vitest';
import {
  listLayout,
  drawOrder,
  strayItem,
  virtualWindow,
  type WindowInput,
} from '../../../src/notes/virtual-window';

// 100 px cards with a 10 px gap: card i spans [110 i, 110 i + 100).
const base: WindowInput = {
  tops: listLayout(20_000, () => 100, 10),
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
    ['focus on the last card drawn', { focused: 6 }, { first: 0, last: 8 }],
    ['focus on a card far from the view', { focused: 900 }, { first: 0, last: 6 }],
    [
      'fewer cards than the view holds',
      { tops: listLayout(3, () => 100, 10) },
      { first: 0, last: 2 },
    ],
  ] as const)('%s', (_name, input, expected) => {
    const window = virtualWindow({ ...base, ...input });
    expect({ first: window.first, last: window.last }).toEqual(expected);
  });

  it('leaves room for exactly the cards it does not draw', () => {
    const heights = Array.from({ length: 500 }, (_, i) => 60 + (i % 7) * 15);
    const tops = listLayout(500, (i) => heights[i] ?? 0, 10);
    const total = tops[500]!;
    for (const viewStart of [0, 1234, 20_000, total - 300]) {
      const w = virtualWindow({ ...base, tops, viewStart, viewEnd: viewStart + 300 });
      const drawn = tops[w.last + 1]! - tops[w.first]!;
      expect(w.before).toBe(tops[w.first]);
      expect(w.before + drawn + w.after).toBe(total);
      // Every card the view touches is drawn.
      expect(tops[w.first]).toBeLessThanOrEqual(Math.max(0, viewStart));
      expect(tops[w.last + 1]).toBeGreaterThanOrEqual(Math.min(total, viewStart + 300));
    }
  });

  it('draws nothing for an empty list', () => {
    expect(virtualWindow({ ...base, tops: listLayout(0, () => 100, 10) })).toEqual({
      first: 0,
      last: -1,
      before: 0,
      after: 0,
    });
  });
});

describe('strayItem', () => {
  // Cards 998–1006 drawn (see above); card i starts at 110 i.
  const tops = base.tops;
  const window = virtualWindow({ ...base, viewStart: 110_000, viewEnd: 110_500 });

  it.each([
    ['a card the window holds', 1000, null],
    ['no card', -1, null],
    ['a card past the end', 20_000, null],
    // Card 10 ends at 1,200 and card 998 starts at 109,780: the spacer and a gap each side.
    ['a card far above', 10, { index: 10, spacer: 108_560, before: 1_100, after: window.after }],
    [
      'the card just above',
      997,
      { index: 997, spacer: null, before: 109_670, after: window.after },
    ],
    [
      'a card far below',
      1_500,
      { index: 1_500, spacer: 54_220, before: window.before, after: 20_000 * 110 - 1_501 * 110 },
    ],
    [
      'the card just below',
      1_007,
      { index: 1_007, spacer: null, before: window.before, after: 20_000 * 110 - 1_008 * 110 },
    ],
  ] as const)('%s', (_name, index, expected) => {
    expect(strayItem(tops, window, index, 10)).toEqual(expected);
  });

  it('keeps every card at its place: padding, stray, gaps, spacer and run add up to the list', () => {
    const stray = strayItem(tops, window, 10, 10)!;
    const run = tops[window.last + 1]! - tops[window.first]!;
    // padding + card 10 + gap + spacer + gap + the run (its gaps inside) + padding after.
    expect(stray.before + 100 + 10 + stray.spacer! + 10 + run + stray.after).toBe(tops[20_000]);
  });
});

describe('drawOrder', () => {
  const window = { first: 4, last: 6, before: 0, after: 0 };
  const stray = (index: number, spacer: number | null) => ({ index, spacer, before: 0, after: 0 });
  it.each([
    ['the run alone', null, [4, 5, 6]],
    ['a stray far above', stray(0, 200), [0, 'spacer', 4, 5, 6]],
    ['a stray just above', stray(3, null), [3, 4, 5, 6]],
    ['a stray far below', stray(90, 500), [4, 5, 6, 'spacer', 90]],
    ['a stray just below', stray(7, null), [4, 5, 6, 7]],
  ] as const)('%s', (_name, given, expected) => {
    expect(drawOrder(window, given)).toEqual(expected);
  });
});
