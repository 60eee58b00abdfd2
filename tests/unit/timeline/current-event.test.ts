import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickCurrentEvent } from '../../../src/timeline/current-event';
import { currentEventCases } from './current-event-cases';

describe('pickCurrentEvent', () => {
  it.each(currentEventCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(pickCurrentEvent(c.passages, c.lineY, c.order)).toBe(c.expected);
  });

  it('does not flicker: scrolling within one passage never changes the answer', () => {
    // Positions of passage starts in the page, and a scroll offset that keeps the line between
    // two consecutive starts: the answer must be the same for every such offset.
    const starts = fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), {
      minLength: 2,
      maxLength: 12,
    });
    fc.assert(
      fc.property(starts, fc.nat(), fc.nat(), (raw, i, j) => {
        const page = [...raw].sort((a, b) => a - b);
        const k = i % (page.length - 1);
        const from = page[k] ?? 0;
        const to = (page[k + 1] ?? 0) - 1;
        const ids = page.map((_, n) => `e${n}`);
        const at = (scroll: number) =>
          pickCurrentEvent(
            page.map((top, n) => ({ eventId: `e${n}`, top: top - scroll })),
            300,
            ids,
          );
        const a = at(from - 300);
        const b = at(from - 300 + (j % Math.max(1, to - from + 1)));
        expect(a).toBe(`e${k}`);
        expect(b).toBe(a);
      }),
    );
  });
});
