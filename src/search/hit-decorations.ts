import type { TextRange } from '../anchoring/selectors';

/** A find hit drawn over the text; the shape the article's hit layer takes. */
export interface FindHitDecoration {
  /** `find-<index>`: see {@link findHitKey}. */
  key: string;
  /** UTF-16 offset into the canonical text. */
  start: number;
  /** UTF-16 offset into the canonical text (exclusive). */
  end: number;
  /** The hit the find bar is on: drawn stronger and scrolled into view. */
  current: boolean;
}

/**
 * The decoration key (and `data-hit` value of the `<mark>`s drawn) of the hit at `index`
 * (0-based, in reading order): `find-3`.
 */
export function findHitKey(index: number): string {
  return `find-${index}`;
}

/**
 * One decoration per hit, in the order given, keyed by index; `current` is the index of the
 * current hit (-1 for none).
 */
export function hitDecorations(hits: readonly TextRange[], current: number): FindHitDecoration[] {
  return hits.map((hit, i) => ({
    key: findHitKey(i),
    start: hit.start,
    end: hit.end,
    current: i === current,
  }));
}
