import type { Block } from './article-document';

/** Where the reader was: the block at the top of the view, and how far into it (0..1). */
export interface ReadingPosition {
  blockId: string;
  /** Canonical offset of the block's start, kept so a changed article can still be matched. */
  offset: number;
  fraction: number;
}

/** A stored position, if it is well-formed and names a block of this document; else null. */
export function restorePosition(raw: unknown, blocks: readonly Block[]): ReadingPosition | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const block = blocks.find((b) => b.id === r.blockId);
  if (!block || typeof r.fraction !== 'number' || !(r.fraction >= 0 && r.fraction <= 1))
    return null;
  return { blockId: block.id, offset: block.start, fraction: r.fraction };
}

/** True when the position is worth going back to (not the very top of the article). */
export function isPastStart(position: ReadingPosition, blocks: readonly Block[]): boolean {
  return position.blockId !== blocks[0]?.id || position.fraction > 0.05;
}

/** A block's box in viewport pixels. */
export interface BlockBox {
  top: number;
  height: number;
}

/**
 * The position at the top of the view. Blocks are stacked in reading order, so the block there
 * is found by halving: a few boxes are read, not one per block (a long document has thousands,
 * and this runs as the reader scrolls).
 * @param boxOf a block's box, or null when it is not in the page (then there is no position)
 * @param viewTop the viewport y below any sticky header
 */
export function positionAt(
  blocks: readonly Block[],
  boxOf: (block: Block) => BlockBox | null,
  viewTop: number,
): ReadingPosition | null {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const box = boxOf(blocks[middle] as Block);
    if (!box) return null;
    if (box.top + box.height > viewTop) high = middle;
    else low = middle + 1;
  }
  const block = blocks[low];
  const box = block && boxOf(block);
  if (!block || !box) return null;
  const fraction = box.height > 0 ? Math.min(1, Math.max(0, (viewTop - box.top) / box.height)) : 0;
  return { blockId: block.id, offset: block.start, fraction: Math.round(fraction * 1000) / 1000 };
}
