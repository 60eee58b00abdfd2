import { describe, expect, it } from 'vitest';
import { isPastStart, positionAt, restorePosition } from '../../../src/document/reading-position';
import { seedArticle } from '../../seed-article';

const { blocks } = seedArticle();
const b = (i: number) => blocks[i] as (typeof blocks)[number];

describe('restorePosition: what a stored value gives back', () => {
  const cases: [string, unknown, { blockId: string; fraction: number } | null][] = [
    [
      'a block of this article',
      { blockId: 'b7', offset: 0, fraction: 0.25 },
      { blockId: 'b7', fraction: 0.25 },
    ],
    [
      'the start of the first block',
      { blockId: 'b1', fraction: 0 },
      { blockId: 'b1', fraction: 0 },
    ],
    ['the end of a block', { blockId: 'b3', fraction: 1 }, { blockId: 'b3', fraction: 1 }],
    ['a block this article does not have', { blockId: 'b999', fraction: 0.5 }, null],
    ['a fraction past the block', { blockId: 'b7', fraction: 1.5 }, null],
    ['a negative fraction', { blockId: 'b7', fraction: -0.1 }, null],
    ['NaN for a fraction', { blockId: 'b7', fraction: Number.NaN }, null],
    ['a fraction as text', { blockId: 'b7', fraction: '0.5' }, null],
    ['no fraction', { blockId: 'b7' }, null],
    ['markup for a block id', { blockId: '<img src=x onerror=alert(1)>', fraction: 0 }, null],
    ['null', null, null],
    ['a string', 'b7', null],
    ['an array', ['b7', 0.5], null],
  ];
  it.each(cases)('%s', (_, raw, expected) => {
    const restored = restorePosition(raw, blocks);
    if (expected === null) expect(restored).toBeNull();
    else {
      // The offset is the block's own, whatever was stored.
      const block = blocks.find((x) => x.id === expected.blockId);
      expect(restored).toEqual({ ...expected, offset: block?.start });
    }
  });
});

describe('isPastStart: only a position past the very top is worth going back to', () => {
  const cases: [string, string, number, boolean][] = [
    ['top of the first block', b(0).id, 0, false],
    ['a little into the first block', b(0).id, 0.05, false],
    ['further into the first block', b(0).id, 0.2, true],
    ['the start of a later block', b(5).id, 0, true],
  ];
  it.each(cases)('%s', (_, blockId, fraction, expected) => {
    expect(isPastStart({ blockId, offset: 0, fraction }, blocks)).toBe(expected);
  });
});

describe('positionAt: the block at the top of the view', () => {
  // Three blocks 100 px tall, stacked from y = 50 (the header ends at 50).
  const three = [b(0), b(1), b(2)];
  const boxes = new Map(three.map((block, i) => [block, { top: 50 + i * 100 - 130, height: 100 }]));
  const boxOf = (block: (typeof blocks)[number]) => boxes.get(block) ?? null;
  const cases: [string, number, { blockId: string; fraction: number } | null][] = [
    ['inside the second block', 50, { blockId: b(1).id, fraction: 0.3 }],
    ['exactly at the top of the third', 120, { blockId: b(2).id, fraction: 0 }],
    ['past every block', 400, null],
    ['above every block', -200, { blockId: b(0).id, fraction: 0 }],
  ];
  it.each(cases)('%s', (_, viewTop, expected) => {
    const position = positionAt(three, boxOf, viewTop);
    if (expected === null) expect(position).toBeNull();
    else
      expect(position).toEqual({
        ...expected,
        offset: blocks.find((x) => x.id === expected.blockId)?.start,
      });
  });

  it('gives a zero-height block a fraction of 0, and rounds to thousandths', () => {
    expect(positionAt([b(0)], () => ({ top: 0, height: 0 }), -1)?.fraction).toBe(0);
    expect(positionAt([b(0)], () => ({ top: 0, height: 3 }), 1)?.fraction).toBe(0.333);
  });

  it('has no position when a block is not in the page, or there are no blocks', () => {
    expect(positionAt(three, (block) => (block === b(1) ? null : boxOf(block)), 50)).toBeNull();
    expect(positionAt([], boxOf, 50)).toBeNull();
  });

  it('reads a few boxes of a long document, not all of them', () => {
    // 4,000 blocks of 40 px from y = 0 (the seed's blocks, renamed).
    const many = Array.from({ length: 4000 }, (_, i) => b(i % blocks.length));
    let reads = 0;
    const position = positionAt(
      many.map((block, i) => ({ ...block, id: `x${i}` })),
      (block) => {
        reads += 1;
        const i = Number(block.id.slice(1));
        return { top: i * 40, height: 40 };
      },
      2500 * 40 + 10,
    );
    expect(position?.blockId).toBe('x2500');
    expect(position?.fraction).toBe(0.25);
    expect(reads).toBeLessThan(20);
  });
});
