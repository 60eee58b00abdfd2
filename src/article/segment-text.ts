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
  const cuts = new Set<number>([range.start, range.end]);
  for (const d of inside) {
    cuts.add(Math.max(d.start, range.start));
    cuts.add(Math.min(d.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({ start, end, covering: inside.filter((d) => d.start <= start && d.end >= end) });
  }
  return segments;
}
