import { describe, expect, it } from 'vitest';
import { placeToolbar } from '../../../src/highlights/place-toolbar';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const toolbar = rect(0, 0, 200, 40);
const viewport = (direction: 'ltr' | 'rtl') => ({
  width: 1000,
  height: 800,
  topInset: 60,
  direction,
});

describe('placeToolbar', () => {
  it.each([
    [
      'above the first line, centred',
      rect(400, 300, 200, 30),
      'ltr',
      { blockStart: 252, inlineStart: 400 },
    ],
    [
      'the same spot, measured from the right in RTL',
      rect(400, 300, 200, 30),
      'rtl',
      { blockStart: 252, inlineStart: 400 },
    ],
    [
      'below the last line when the header leaves no room above',
      rect(400, 80, 200, 30),
      'ltr',
      { blockStart: 118, inlineStart: 400 },
    ],
    ['kept inside the left edge', rect(0, 300, 40, 30), 'ltr', { blockStart: 252, inlineStart: 8 }],
    [
      'kept inside the right edge',
      rect(960, 300, 40, 30),
      'ltr',
      { blockStart: 252, inlineStart: 792 },
    ],
    [
      'kept inside the right edge in RTL',
      rect(960, 300, 40, 30),
      'rtl',
      { blockStart: 252, inlineStart: 8 },
    ],
  ] as const)('%s', (_name, line, direction, expected) => {
    expect(placeToolbar(line, line, toolbar, viewport(direction))).toEqual(expected);
  });

  it('never goes below the viewport', () => {
    const last = rect(400, 790, 200, 30);
    expect(placeToolbar(rect(400, 70, 200, 30), last, toolbar, viewport('ltr')).blockStart).toBe(
      752,
    );
  });
});
