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
  inside.forEach((d, index) => {
    const start = Math.max(d.start, range.start);
    const end = Math.min(d.end, range.end);
    cuts.add(start);
    cuts.add(end);
    opening.set(start, [...(opening.get(start) ?? []), index]);
    closing.set(end, [...(closing.get(end) ?? []), index]);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  let active: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const closed = closing.get(start);
    if (closed) {
      const gone = new Set(closed);
      active = active.filter((index) => !gone.has(index));
    }
    const opened = opening.get(start);
    // Kept in the order given, as callers expect of `covering`.
    if (opened) active = [...active, ...opened].sort((a, b) => a - b);
    segments.push({ start, end, covering: active.map((index) => inside[index] as Decoration<T>) });
  }
  return segments;
}
