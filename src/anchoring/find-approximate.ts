import search from 'approx-string-match';
import type { Alignment } from './align';
import { alignNear } from './align';

/** Past this many seeds, one bit-parallel scan of the window is cheaper than verifying each. */
const MAX_SEEDS = 1000;

/** Where to look and which part of the pattern is the quote. */
export interface ApproximateQuery {
  /** Smallest text offset the pattern's start may have (widened by `maxErrors`). */
  from: number;
  /** Largest text offset the pattern's start may have (widened by `maxErrors`). */
  to: number;
  maxErrors: number;
  /** Pattern offsets of the quote inside the pattern (see {@link Alignment}). */
  cutStart: number;
  cutEnd: number;
}

/**
 * Finds alignments of `pattern` in `text` with at most `query.maxErrors` edits, starting in
 * `[from, to]`, in text order, overlapping ones merged (fewest errors kept).
 *
 * Filter then verify: cut the pattern into maxErrors + 1 pieces; any match keeps at least one
 * piece intact (pigeonhole), so exact `indexOf` hits of the pieces give every candidate
 * diagonal, and {@link alignNear} verifies each in a narrow band. When the pieces are so
 * common that there are too many seeds, falls back to a bit-parallel scan of the window with
 * `approx-string-match`, which reports only the matches with the fewest errors.
 */
export function findApproximate(
  text: string,
  pattern: string,
  query: ApproximateQuery,
): Alignment[] {
  const { maxErrors: k, cutStart, cutEnd } = query;
  const m = pattern.length;
  if (m === 0) return [];
  // Diagonals may go below 0 or past the end: a match can start before a seed's estimate.
  const from = query.from - k;
  const to = query.to + k;
  if (from > to || to < -m || from > text.length) return [];
  if (k === 0) return exactMatches(text, pattern, Math.max(0, from), to, cutStart, cutEnd);
  const seeds = seedDiagonals(text, pattern, k, from, to);
  const found: Alignment[] = [];
  if (seeds === null) {
    const windowStart = Math.max(0, from);
    const windowEnd = Math.min(text.length, to + m + k);
    for (const hit of search(text.slice(windowStart, windowEnd), pattern, k)) {
      const aligned = alignNear(text, pattern, windowStart + hit.start, k, cutStart, cutEnd);
      if (aligned) found.push(aligned);
    }
  } else {
    for (const diagonal of seeds) {
      const aligned = alignNear(text, pattern, diagonal, k, cutStart, cutEnd);
      if (aligned) found.push(aligned);
    }
  }
  return mergeOverlapping(found);
}

function exactMatches(
  text: string,
  pattern: string,
  from: number,
  to: number,
  cutStart: number,
  cutEnd: number,
): Alignment[] {
  const found: Alignment[] = [];
  const hay = text.slice(from, Math.min(text.length, to + pattern.length));
  for (let at = hay.indexOf(pattern); at >= 0; at = hay.indexOf(pattern, at + pattern.length)) {
    const start = from + at;
    const end = start + pattern.length;
    found.push({
      start,
      end,
      errors: 0,
      cutStart: start + cutStart,
      cutEnd: start + cutEnd,
      innerErrors: 0,
    });
  }
  return found;
}

/** Sorted candidate start diagonals, or null when there are more than {@link MAX_SEEDS}. */
function seedDiagonals(
  text: string,
  pattern: string,
  k: number,
  from: number,
  to: number,
): number[] | null {
  const pieceCount = Math.min(k + 1, pattern.length);
  const pieceLength = Math.floor(pattern.length / pieceCount);
  const seeds = new Set<number>();
  for (let p = 0; p < pieceCount; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, offset + pieceLength);
    const lo = Math.max(0, from + offset);
    const hay = text.slice(lo, Math.min(text.length, to + offset + pieceLength));
    for (let at = hay.indexOf(piece); at >= 0; at = hay.indexOf(piece, at + 1)) {
      seeds.add(lo + at - offset);
      if (seeds.size > MAX_SEEDS) return null;
    }
  }
  return [...seeds].sort((a, b) => a - b);
}

/** Seeds from one match give the same or overlapping alignments; keep the best of each cluster. */
function mergeOverlapping(found: Alignment[]): Alignment[] {
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Alignment[] = [];
  for (const a of found) {
    const last = merged[merged.length - 1];
    if (last && a.start < last.end && a.end > last.start) {
      if (better(a, last)) merged[merged.length - 1] = a;
    } else {
      merged.push(a);
    }
  }
  return merged;
}

function better(a: Alignment, b: Alignment): boolean {
  return a.errors < b.errors || (a.errors === b.errors && a.innerErrors < b.innerErrors);
}
