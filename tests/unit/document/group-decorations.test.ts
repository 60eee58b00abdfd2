import { describe, expect, it } from 'vitest';
import { groupDecorations } from '../../../src/document/group-decorations';
import type { HighlightDecoration } from '../../../src/document/text-decorations';
import { seedArticle } from '../../seed-article';

const doc = seedArticle();
const b = (id: string) => doc.blocks.find((x) => x.id === id)!;
const highlight = (key: string, start: number, end: number): HighlightDecoration => ({
  key,
  start,
  end,
  color: 'yellow',
  hasNote: false,
  created: '2026-01-01T00:00:00.000Z',
});
const layers = (highlights: HighlightDecoration[]) => ({
  highlights,
  hits: [],
  dates: [],
  passages: [],
});

describe('groupDecorations', () => {
  it('gives each block the highlights that touch it, a cross-block one to both', () => {
    const inside = highlight('in', b('b3').start + 5, b('b3').start + 20);
    const across = highlight('across', b('b3').end - 4, b('b4').start + 6);
    const grouped = groupDecorations(doc.blocks, layers([inside, across]));
    expect(grouped.get('b3')?.highlights.map((h) => h.key)).toEqual(['in', 'across']);
    expect(grouped.get('b4')?.highlights.map((h) => h.key)).toEqual(['across']);
    expect(grouped.get('b5')?.highlights).toEqual([]);
  });

  it('does not give a block a highlight that ends exactly where the block starts', () => {
    const grouped = groupDecorations(
      doc.blocks,
      layers([highlight('h', b('b2').start, b('b3').start - 1)]),
    );
    expect(grouped.get('b3')?.highlights).toEqual([]);
  });

  it('keeps the same object for blocks whose decorations did not change, so they skip re-rendering', () => {
    const first = groupDecorations(
      doc.blocks,
      layers([highlight('a', b('b3').start, b('b3').start + 4)]),
    );
    const second = groupDecorations(
      doc.blocks,
      layers([
        highlight('a', b('b3').start, b('b3').start + 4),
        highlight('b', b('b7').start, b('b7').start + 9),
      ]),
      first,
    );
    for (const block of doc.blocks) {
      if (block.id === 'b7') expect(second.get('b7')).not.toBe(first.get('b7'));
      else expect(second.get(block.id)).toBe(first.get(block.id));
    }
  });
});
