/** Where a whole pattern aligns inside a text, and where two cut points of it land. */
export interface Alignment {
  /** Text offset aligned with the pattern's first unit (UTF-16). */
  start: number;
  /** Text offset just past the pattern's last aligned unit. */
  end: number;
  /** Edits (insertions, deletions, substitutions of UTF-16 units) in the alignment. */
  errors: number;
  /** Text offset where pattern offset `cutStart` lands; insertions there are left outside. */
  cutStart: number;
  /** Text offset where pattern offset `cutEnd` lands; insertions there are left outside. */
  cutEnd: number;
  /** Edits between the cut points: the part of `errors` that falls inside the quote. */
  innerErrors: number;
}

let buffer = new Float64Array(4096);

/**
 * Aligns all of `pattern` to a stretch of `text` whose start lies within `maxErrors` of
 * `diagonal` (the text offset where the pattern would start with no indels), allowing at most
 * `maxErrors` edits: a banded edit-distance table, O(pattern length × maxErrors).
 * Among alignments with the fewest edits it takes the fewest edits between the cuts, so an
 * edit next to the quote is blamed on the context, not the quote. Ties end as early as
 * possible. Returns null when no such alignment exists.
 */
export function alignNear(
  text: string,
  pattern: string,
  diagonal: number,
  maxErrors: number,
  cutStart = 0,
  cutEnd = pattern.length,
): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  const k = maxErrors;
  const w = 2 * k + 1;
  // One cost number orders (errors, innerErrors) lexicographically: innerErrors <= m < scale.
  const scale = m + 1;
  const limit = (k + 1) * scale;
  const size = (m + 1) * w;
  if (buffer.length < size) buffer = new Float64Array(Math.max(size, buffer.length * 2));
  const cost = buffer;

  // cost[i * w + b]: best cost of pattern[0, i) ending at text offset diagonal + i + b - k.
  for (let b = 0; b < w; b++) {
    const j = diagonal + b - k;
    cost[b] = j >= 0 && j <= n ? 0 : Infinity;
  }
  for (let i = 1; i <= m; i++) {
    const unit = pattern.charCodeAt(i - 1);
    const consume = scale + (i - 1 >= cutStart && i - 1 < cutEnd ? 1 : 0);
    const insert = scale + (i > cutStart && i < cutEnd ? 1 : 0);
    const row = i * w;
    const prev = row - w;
    const j0 = diagonal + i - k;
    // Band cells whose column lies outside the text stay infinite.
    const bLo = Math.max(0, -j0);
    const bHi = Math.min(w - 1, n - j0);
    let rowMin = Infinity;
    for (let b = 0; b < w; b++) {
      if (b < bLo || b > bHi) {
        cost[row + b] = Infinity;
        continue;
      }
      const j = j0 + b;
      let best =
        j >= 1
          ? (cost[prev + b] as number) + (text.charCodeAt(j - 1) === unit ? 0 : consume)
          : Infinity;
      if (b + 1 < w) {
        const up = (cost[prev + b + 1] as number) + consume;
        if (up < best) best = up;
      }
      if (b >= 1) {
        const left = (cost[row + b - 1] as number) + insert;
        if (left < best) best = left;
      }
      cost[row + b] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin >= limit) return null;
  }

  let bestB = 0;
  for (let b = 1; b < w; b++) {
    if ((cost[m * w + b] as number) < (cost[m * w + bestB] as number)) bestB = b;
  }
  const total = cost[m * w + bestB] as number;
  if (total >= limit) return null;
  return traceBack(text, pattern, { diagonal, k, w, scale, cutStart, cutEnd }, bestB, total);
}

interface Band {
  diagonal: number;
  k: number;
  w: number;
  scale: number;
  cutStart: number;
  cutEnd: number;
}

/** Walks the table back from the best end to find where the pattern start and cuts land. */
function traceBack(
  text: string,
  pattern: string,
  band: Band,
  endB: number,
  total: number,
): Alignment {
  const { diagonal, k, w, scale, cutStart, cutEnd } = band;
  const cost = buffer;
  const end = diagonal + pattern.length + endB - k;
  let i = pattern.length;
  let b = endB;
  let atCutStart = -1;
  let atCutEnd = -1;
  for (;;) {
    const j = diagonal + i + b - k;
    // Walking backwards, the first column seen on the cutStart row is its last one, and the
    // last one seen on the cutEnd row its first: insertions at a cut stay outside the quote.
    if (i === cutStart && atCutStart < 0) atCutStart = j;
    if (i === cutEnd) atCutEnd = j;
    if (i === 0) break;
    const here = cost[i * w + b] as number;
    const consume = scale + (i - 1 >= cutStart && i - 1 < cutEnd ? 1 : 0);
    const insert = scale + (i > cutStart && i < cutEnd ? 1 : 0);
    const diag = cost[(i - 1) * w + b] as number;
    if (j >= 1 && text.charCodeAt(j - 1) === pattern.charCodeAt(i - 1) && diag === here) {
      i -= 1;
    } else if (b + 1 < w && (cost[(i - 1) * w + b + 1] as number) + consume === here) {
      i -= 1;
      b += 1;
    } else if (b >= 1 && (cost[i * w + b - 1] as number) + insert === here) {
      b -= 1;
    } else {
      i -= 1;
    }
  }
  return {
    start: diagonal + b - k,
    end,
    errors: Math.floor(total / scale),
    cutStart: atCutStart,
    cutEnd: atCutEnd,
    innerErrors: total % scale,
  };
}
