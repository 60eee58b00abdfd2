import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type Decoration } from '../../../src/document/segment-text';
import { splitHarakat } from '../../../src/document/split-harakat';
import { seedArticle } from '../../seed-article';

const d = (key: string, start: number, end: number): Decoration<null> => ({
  key,
  start,
  end,
  data: null,
});

describe('segmentText', () => {
  it.each([
    ['no decorations', [], [[0, 10, '']]],
    [
      'one inside',
      [d('a', 2, 5)],
      [
        [0, 2, ''],
        [2, 5, 'a'],
        [5, 10, ''],
      ],
    ],
    [
      'overlapping',
      [d('a', 2, 6), d('b', 4, 8)],
      [
        [0, 2, ''],
        [2, 4, 'a'],
        [4, 6, 'ab'],
        [6, 8, 'b'],
        [8, 10, ''],
      ],
    ],
    [
      'nested',
      [d('a', 1, 9), d('b', 3, 4)],
      [
        [0, 1, ''],
        [1, 3, 'a'],
        [3, 4, 'ab'],
        [4, 9, 'a'],
        [9, 10, ''],
      ],
    ],
    [
      'clipped at both ends',
      [d('a', -5, 3), d('b', 7, 20)],
      [
        [0, 3, 'a'],
        [3, 7, ''],
        [7, 10, 'b'],
      ],
    ],
    ['outside and empty ignored', [d('a', 12, 15), d('b', 4, 4)], [[0, 10, '']]],
    ['identical ranges', [d('a', 0, 10), d('b', 0, 10)], [[0, 10, 'ab']]],
  ] as const)('%s', (_name, decorations, expected) => {
    const segments = segmentText({ start: 0, end: 10 }, decorations);
    expect(segments.map((s) => [s.start, s.end, s.covering.map((c) => c.key).join('')])).toEqual(
      expected,
    );
  });

  it('always tiles the range with non-empty runs covered by exactly the decorations over them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 20 })), {
          maxLength: 12,
        }),
        (spans) => {
          const decorations = spans.map(([s, len], i) => d(String(i), s, s + len));
          const segments = segmentText({ start: 3, end: 30 }, decorations);
          expect(segments[0]?.start).toBe(3);
          expect(segments.at(-1)?.end).toBe(30);
          segments.forEach((seg, i) => {
            expect(seg.end).toBeGreaterThan(seg.start);
            if (i > 0) expect(seg.start).toBe(segments[i - 1]?.end);
            const expected = decorations.filter(
              (x) => x.start <= seg.start && x.end >= seg.end && x.end > x.start,
            );
            expect(seg.covering.map((c) => c.key).sort()).toEqual(
              expected.map((c) => c.key).sort(),
            );
          });
        },
      ),
    );
  });
});

describe('splitHarakat', () => {
  it.each([
    ['plain', 'زاس', 0, [[0, 'زاس', false]]],
    [
      'shadda inside a word',
      'يشكّل',
      10,
      [
        [10, 'يشك', false],
        [13, 'ّ', true],
        [14, 'ل', false],
      ],
    ],
    [
      'tanween at the end',
      'سلباً',
      0,
      [
        [0, 'سلبا', false],
        [4, 'ً', true],
      ],
    ],
    [
      'two marks in a row',
      'بَّ',
      0,
      [
        [0, 'ب', false],
        [1, 'َّ', true],
      ],
    ],
    ['empty', '', 0, []],
  ] as const)('%s', (_name, text, offset, expected) => {
    expect(splitHarakat(text, offset).map((r) => [r.start, r.text, r.harakat])).toEqual(expected);
  });

  it('gives back the block text of the real article, piece by piece, at the right offsets', () => {
    const doc = seedArticle();
    for (const block of doc.blocks) {
      const runs = splitHarakat(block.text, block.start);
      expect(runs.map((r) => r.text).join('')).toBe(block.text);
      for (const run of runs)
        expect(doc.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
    }
  });
});
