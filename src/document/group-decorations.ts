import type { Block } from './article-document';
import { NO_DECORATIONS, type BlockDecorations } from './text-decorations';

/** Everything drawn over the article, in canonical-text offsets (the same shape as one block's). */
export type DecorationLayers = BlockDecorations;

/** Per block id: the decorations touching it. */
export type DecorationsByBlock = ReadonlyMap<string, BlockDecorations>;

type Layer = keyof BlockDecorations;
type Buckets = { [K in Layer]: BlockDecorations[K][number][] };

const LAYERS: readonly Layer[] = ['highlights', 'hits', 'dates', 'passages'];

/**
 * Distributes decorations to the blocks they touch. A block whose decorations did not change
 * gets back the very object it had in `previous`, so a memoised block skips re-rendering.
 * @param blocks the article's blocks, in order (offsets ascending)
 */
export function groupDecorations(
  blocks: readonly Block[],
  layers: DecorationLayers,
  previous?: DecorationsByBlock,
): DecorationsByBlock {
  const buckets = new Map<string, Buckets>();
  for (const layer of LAYERS) {
    for (const d of layers[layer]) {
      for (let i = firstBlockEndingAfter(blocks, d.start); i < blocks.length; i++) {
        const block = blocks[i] as Block;
        if (block.start >= d.end) break;
        let bucket = buckets.get(block.id);
        if (!bucket)
          buckets.set(block.id, (bucket = { highlights: [], hits: [], dates: [], passages: [] }));
        (bucket[layer] as (typeof d)[]).push(d);
      }
    }
  }
  const result = new Map<string, BlockDecorations>();
  for (const block of blocks) {
    const next = buckets.get(block.id) ?? NO_DECORATIONS;
    const before = previous?.get(block.id);
    result.set(block.id, before && sameDecorations(before, next) ? before : next);
  }
  return result;
}

/** Index of the first block whose end is past `offset` (blocks.length when none). */
function firstBlockEndingAfter(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether two blocks' decorations draw the same: every layer holds equal decorations, field by
 * field, in the same order. (Compared directly: a JSON signature of thousands of highlights per
 * block cost more than the rest of the grouping.)
 */
function sameDecorations(a: BlockDecorations, b: BlockDecorations): boolean {
  return LAYERS.every((layer) => {
    const x = a[layer] as readonly object[];
    const y = b[layer] as readonly object[];
    return x.length === y.length && x.every((d, i) => sameFields(d, y[i] as object));
  });
}

function sameFields(a: object, b: object): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key],
  );
}

/** Groups decorations by block, each call reusing what it can from the one before. */
export interface DecorationGrouper {
  group(layers: DecorationLayers): DecorationsByBlock;
}

/** A {@link groupDecorations} that remembers its last result for the given blocks. */
export function createDecorationGrouper(blocks: readonly Block[]): DecorationGrouper {
  let last: DecorationsByBlock | undefined;
  return {
    group(layers) {
      last = groupDecorations(blocks, layers, last);
      return last;
    },
  };
}
