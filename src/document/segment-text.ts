import type { TextRange } from '../anchoring/selectors';

/** Something drawn over a stretch of canonical text: a highlight, a search hit, a date. */
export interface Decoration<T = unknown> extends TextRange {
  /** Unique among the decorations of one layer (e.g. an annotation id). */
  key: string;
  data: T;
}

/** A maximal run of text over which the same decorations apply. */
export interface Segment<T = unknown> extends TextRange {
  /** The decorations covering the whole run, in the order given. */
  covering: Decoration<T>[];
}

/**
 * Splits [range.start, range.end) at every decoration boundary inside it.
 * Decorations outside the range are ignored; empty decorations cover nothing.
 * Segments are contiguous, non-empty and in text order; their union is the range.
 */
export function segmentText<T>(
  range: TextRange,
  decorations: readonly Decoration<T>[],
): Segment<T>[] {
  const inside = decorations.filter(
    (d) => d.end > d.start && d.end > range.start && d.start < range.end,
  );
  // A sweep over the cut points, keeping the decorations that cover the current one: a block
  // under thousands of overlapping highlights costs its output, not segments × decorations.
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const cuts = new Set<number>([range.start, range.end]);
  const add = (map: Map<number, number[]>, at: number, index: number) => {
    const list = map.get(at);
    if (list) list.push(index);
    else map.set(at, [index]);
  };
  inside.forEach((d, index) => {
    const start = Math.max(d.start, range.start);
    const end = Math.min(d.end, range.end);
    cuts.add(start);
    cuts.add(end);
    add(opening, start, index);
    add(closing, end, index);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  const gone = new Uint8Array(inside.length);
  // Indexes into `inside`, ascending: `covering` keeps the order given, as callers expect.
  let active: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const closed = closing.get(start);
    if (closed) {
      for (const index of closed) gone[index] = 1;
      active = active.filter((index) => gone[index] === 0);
    }
    // Both ascending (pushed in index order): merged, not sorted.
    const opened = opening.get(start);
    if (opened) active = merge(active, opened);
    segments.push({ start, end, covering: active.map((index) => inside[index] as Decoration<T>) });
  }
  return segments;
}

function merge(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push((a[i] as number) < (b[j] as number) ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
