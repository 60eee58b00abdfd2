import type { TextRange } from '../anchoring/selectors';

/** Which way to move between hits: in reading order, or back. */
export type FindDirection = 'next' | 'previous';

/**
 * Index of the first hit starting at or after `offset` (a UTF-16 offset into the searched
 * text), wrapping to the first hit when none does; -1 when there are no hits.
 * `hits` must be in reading order, as `findAll` returns them.
 */
export function hitAtOrAfter(hits: readonly TextRange[], offset: number): number {
  if (hits.length === 0) return -1;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hits[mid] as TextRange).start < offset) lo = mid + 1;
    else hi = mid;
  }
  // Past the last hit: the search wraps round, as a browser's find does.
  return lo === hits.length ? 0 : lo;
}

/**
 * The hit index one step from `current` among `count` hits, wrapping at both ends; -1 when
 * `count` is 0. From -1 (no current hit) `next` gives the first hit and `previous` the last.
 */
export function stepHit(current: number, count: number, direction: FindDirection): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return direction === 'next' ? 0 : count - 1;
  return (current + (direction === 'next' ? 1 : count - 1)) % count;
}
