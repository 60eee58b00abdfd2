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
 * A layer given as the very array of `previousLayers` (what `previous` was grouped from) keeps
 * its blocks' arrays from `previous` without being distributed or compared again: a search
 * hit or a date arriving costs its own layer, not 20,000 highlights.
 * @param blocks the article's blocks, in order (offsets ascending)
 */
export function groupDecorations(
  blocks: readonly Block[],
  layers: DecorationLayers,
  previous?: DecorationsByBlock,
  previousLayers?: DecorationLayers,
): DecorationsByBlock {
  const kept = (layer: Layer) =>
    previous !== undefined && previousLayers?.[layer] === layers[layer];
  const buckets = new Map<string, Buckets>();
  for (const layer of LAYERS) {
    if (kept(layer)) continue;
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
    const before = previous?.get(block.id);
    const fresh = buckets.get(block.id);
    const pick = <K extends Layer>(layer: K): BlockDecorations[K] =>
      (kept(layer) ? before?.[layer] : fresh?.[layer]) ?? NO_DECORATIONS[layer];
    const layered: BlockDecorations = {
      highlights: pick('highlights'),
      hits: pick('hits'),
      dates: pick('dates'),
      passages: pick('passages'),
    };
    const next = LAYERS.every((layer) => layered[layer].length === 0) ? NO_DECORATIONS : layered;
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
    if (x === y) return true;
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
  let lastLayers: DecorationLayers | undefined;
  return {
    group(layers) {
      last = groupDecorations(blocks, layers, last, lastLayers);
      lastLayers = layers;
      return last;
    },
  };
}
