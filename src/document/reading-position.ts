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

/**
 * The position at the top of the view.
 * @param tops each block's id and its box top and height in viewport pixels, in order
 * @param viewTop the viewport y below any sticky header
 */
export function positionAt(
  tops: readonly { block: Block; top: number; height: number }[],
  viewTop: number,
): ReadingPosition | null {
  const first = tops.find((t) => t.top + t.height > viewTop);
  if (!first) return null;
  const fraction =
    first.height > 0 ? Math.min(1, Math.max(0, (viewTop - first.top) / first.height)) : 0;
  return {
    blockId: first.block.id,
    offset: first.block.start,
    fraction: Math.round(fraction * 1000) / 1000,
  };
}
