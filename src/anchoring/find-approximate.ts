import search from 'approx-string-match';
import type { Alignment } from './align';
import { alignNear } from './align';

/** Past this many seeds, one bit-parallel scan of the window is cheaper than verifying each. */
const MAX_SEEDS = 1000;
/** Best-only searches first look for matches with at most this many edits. */
const FIRST_BUDGET = 2;

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
  /**
   * Only the alignments with the fewest errors are wanted: stop as soon as no better one can
   * exist. Seeds are verified nearest to `near` (a pattern start offset) first.
   */
  bestOnly?: { near: number };
}

/**
 * Finds alignments of `pattern` in `text` with at most `query.maxErrors` edits, starting in
 * `[from, to]`, in text order, overlapping ones merged (fewest errors kept).
 *
 * Filter then verify: cut the pattern into maxErrors + 1 pieces; any match keeps at least one
 * piece intact (pigeonhole), so exact `indexOf` hits of the pieces give every candidate
 * diagonal, and {@link alignNear} verifies each in a narrow band. In best-only mode the budget
 * first looks for matches within 2 edits (3 long pieces, a narrow band), then within the
 * full budget; the budget tightens to the best match found so far, and the search stops once
 * p + 1 pieces were scanned and a match with at most p errors is known (any better match would
 * have kept one of those pieces). When pieces are so common that seeds pile up, falls back to a
 * bit-parallel scan of the window with `approx-string-match` (fewest-error matches only).
 */
export function findApproximate(
  text: string,
  pattern: string,
  query: ApproximateQuery,
): Alignment[] {
  const { maxErrors, bestOnly } = query;
  if (!bestOnly || maxErrors <= FIRST_BUDGET) return findWithin(text, pattern, query);
  // Most matches have an edit or two: long pieces and a narrow band find those cheaply, and
  // finding all matches within a smaller budget first still yields the true best.
  const easy = findWithin(text, pattern, { ...query, maxErrors: FIRST_BUDGET });
  return easy.length > 0 ? easy : findWithin(text, pattern, query);
}

function findWithin(text: string, pattern: string, query: ApproximateQuery): Alignment[] {
  const { maxErrors, cutStart, cutEnd, bestOnly } = query;
  const m = pattern.length;
  // Diagonals may go below 0 or past the end: a match can start before a seed's estimate.
  const from = query.from - maxErrors;
  const to = query.to + maxErrors;
  if (m === 0 || from > to || to < -m || from > text.length) return [];
  if (maxErrors === 0) return exactMatches(text, pattern, Math.max(0, from), to, cutStart, cutEnd);

  const pieceCount = Math.min(maxErrors + 1, m);
  const pieceLength = Math.floor(m / pieceCount);
  const verified = new Set<number>();
  const found: Alignment[] = [];
  let best = Infinity;
  for (let p = 0; p < pieceCount; p++) {
    const seeds = pieceSeeds(text, pattern.slice(p * pieceLength, (p + 1) * pieceLength), {
      offset: p * pieceLength,
      from,
      to,
    }).filter((d) => !verified.has(d));
    if (verified.size + seeds.length > MAX_SEEDS) {
      return scanWindow(text, pattern, query, from, to);
    }
    if (bestOnly) seeds.sort((a, b) => Math.abs(a - bestOnly.near) - Math.abs(b - bestOnly.near));
    for (const diagonal of seeds) {
      verified.add(diagonal);
      const budget = bestOnly ? Math.min(maxErrors, best) : maxErrors;
      const aligned = alignNear(text, pattern, diagonal, budget, cutStart, cutEnd);
      if (!aligned) continue;
      found.push(aligned);
      best = Math.min(best, aligned.errors);
    }
    if (bestOnly && best <= p) break;
  }
  return mergeOverlapping(bestOnly ? found.filter((a) => a.errors === best) : found);
}

/** Start diagonals (text offset minus piece offset) of the piece's exact occurrences. */
function pieceSeeds(
  text: string,
  piece: string,
  where: { offset: number; from: number; to: number },
): number[] {
  const lo = Math.max(0, where.from + where.offset);
  const hay = text.slice(lo, Math.min(text.length, where.to + where.offset + piece.length));
  const seeds: number[] = [];
  for (let at = hay.indexOf(piece); at >= 0; at = hay.indexOf(piece, at + 1)) {
    seeds.push(lo + at - where.offset);
  }
  return seeds;
}

function scanWindow(
  text: string,
  pattern: string,
  query: ApproximateQuery,
  from: number,
  to: number,
): Alignment[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to + pattern.length + query.maxErrors);
  const found: Alignment[] = [];
  for (const hit of search(text.slice(start, end), pattern, query.maxErrors)) {
    const { maxErrors, cutStart, cutEnd } = query;
    const aligned = alignNear(text, pattern, start + hit.start, maxErrors, cutStart, cutEnd);
    if (aligned) found.push(aligned);
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
