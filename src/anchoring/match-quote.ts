import search from 'approx-string-match';
import type { Alignment } from './align';
import { findApproximate } from './find-approximate';
import type { QuotePattern } from './quote-pattern';
import { quoteErrorBudget } from './quote-pattern';

/** A quote this long (normalised units) found only once needs no context to be trusted. */
export const SELF_EVIDENT_LENGTH = 16;
/**
 * Mean context similarity (0..1, over the sides stored) that makes a place credible. Measured
 * on the real article: a repeated phrase's other occurrences reach 0.6 in about 2% of pairs
 * (mostly where it sits inside a longer repeated phrase), 0.5 in 10%.
 */
export const CONTEXT_EVIDENCE = 0.6;
/** Candidates scored in full; the rest are dropped by a cheap exact-context pre-ranking. */
const MAX_SCORED = 64;
/** Weights of the Hypothesis client's match-quote: the quote, each context side, the position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Finds the quote alone, exactly or within 10% edits, when its context no longer matches with
 * it. Candidates are scored like the Hypothesis client's match-quote (quote similarity,
 * prefix and suffix similarity, nearness to the hint), but a candidate is only taken when
 * something vouches for it: no context was stored (quote-only targets), or its stored context
 * is at least 60% similar (both sides together, weighted by length), or it is the only place a
 * long quote occurs. A short repeated quote whose surroundings were all rewritten is an
 * orphan, not a guess.
 * @param text the normalised text
 * @param hint normalised offset where the quote was, or null
 */
export function matchQuoteAlone(
  text: string,
  pattern: QuotePattern,
  hint: number | null,
): Alignment | null {
  const { exact } = pattern;
  const prefix = pattern.context.slice(0, pattern.exactStart);
  const suffix = pattern.context.slice(pattern.exactEnd);
  const maxErrors = quoteErrorBudget(exact.length, false);
  const found = findApproximate(text, exact, {
    from: 0,
    to: text.length,
    maxErrors,
    cutStart: 0,
    cutEnd: exact.length,
  });
  if (found.length === 0) return null;
  const lonelyAndLong = found.length === 1 && exact.length >= SELF_EVIDENT_LENGTH;

  let best: { a: Alignment; score: number } | null = null;
  for (const a of shortlist(text, found, prefix, suffix, hint)) {
    const before = similarity(text.slice(Math.max(0, a.start - prefix.length), a.start), prefix);
    const after = similarity(text.slice(a.end, a.end + suffix.length), suffix);
    // Only the units that were stored count as evidence, each side by its length: six units
    // of prefix (a quote at the very start of the text) do not outvote thirty of suffix.
    // With no context stored, nothing disagrees.
    const stored = prefix.length + suffix.length;
    const context = stored === 0 ? 1 : (prefix.length * before + suffix.length * after) / stored;
    if (!(lonelyAndLong || context >= CONTEXT_EVIDENCE)) continue;
    const nearness = hint === null ? 1 : 1 - Math.abs(a.start - hint) / Math.max(1, text.length);
    const score =
      WEIGHTS.quote * (1 - a.errors / exact.length) +
      WEIGHTS.prefix * before +
      WEIGHTS.suffix * after +
      WEIGHTS.position * nearness;
    if (!best || score > best.score) best = { a, score };
  }
  return best?.a ?? null;
}

/**
 * The quote, unchanged, moved by fewer units than its own length (a few small edits before
 * it), when its context still agrees at least {@link CONTEXT_EVIDENCE} (both sides together,
 * weighted by length). Such a copy overlaps where the quote was, so in prose it cannot be
 * another occurrence; a nearby repeat further off (the «في أي» of «وفي أي» a word later) is
 * left to the context search. This catches a quote whose surroundings were edited right at its
 * edges, more than `matchWithContext` allows in total, before a copy of the quote far away
 * with intact context could be taken instead.
 * @param text the normalised text
 * @param hint normalised offset where the quote was
 */
export function matchQuoteNear(
  text: string,
  pattern: QuotePattern,
  hint: number,
): Alignment | null {
  const { exact } = pattern;
  const prefix = pattern.context.slice(0, pattern.exactStart);
  const suffix = pattern.context.slice(pattern.exactEnd);
  const reach = exact.length - 1;
  // The stored context must still touch the copy on one side, unchanged for a few units: a
  // copy whose neighbours both differ (the «من» at the start of «منع», a word after the one
  // quoted) sits somewhere else.
  const hugs = (at: number) =>
    runBefore(text, at, prefix) >= Math.min(HUG, prefix.length) ||
    runAfter(text, at + exact.length, suffix) >= Math.min(HUG, suffix.length);
  // Search only the stretch such a copy could occupy: a scan of the whole text per quote
  // would make anchoring many quotes quadratic.
  const from = Math.max(0, hint - reach);
  const window = text.slice(from, hint + reach + exact.length);
  let start = -1;
  for (let i = window.indexOf(exact); i !== -1; i = window.indexOf(exact, i + 1)) {
    const at = from + i;
    const closer = start === -1 || Math.abs(at - hint) < Math.abs(start - hint);
    if (closer && hugs(at)) start = at;
  }
  if (start === -1) return null;
  const end = start + exact.length;
  const stored = prefix.length + suffix.length;
  const agreement =
    stored === 0
      ? 1
      : (prefix.length * similarity(text.slice(Math.max(0, start - prefix.length), start), prefix) +
          suffix.length * similarity(text.slice(end, end + suffix.length), suffix)) /
        stored;
  if (agreement < CONTEXT_EVIDENCE) return null;
  return { start, end, errors: 0, cutStart: start, cutEnd: end, innerErrors: 0 };
}

/** Units of context that must still sit unchanged right beside a moved quote, on one side. */
const HUG = 3;

/** How many units right before `at` equal the end of `prefix`. */
function runBefore(text: string, at: number, prefix: string): number {
  let run = 0;
  while (run < prefix.length && text[at - 1 - run] === prefix[prefix.length - 1 - run]) run++;
  return run;
}

/** How many units from `at` on equal the start of `suffix`. */
function runAfter(text: string, at: number, suffix: string): number {
  let run = 0;
  while (run < suffix.length && text[at + run] === suffix[run]) run++;
  return run;
}

/** 1 − (edits to fit `pattern` into `text`) / pattern length; 1 for an empty pattern. */
export function similarity(text: string, pattern: string): number {
  if (pattern === '') return 1;
  if (text === '') return 0;
  const [match] = search(text, pattern, pattern.length);
  return match ? 1 - match.errors / pattern.length : 0;
}

/**
 * Keeps the candidates worth a full score: the best by exact-context run length (units of
 * prefix and suffix that match outright), then nearest to the hint, in text order on ties.
 */
function shortlist(
  text: string,
  found: Alignment[],
  prefix: string,
  suffix: string,
  hint: number | null,
): Alignment[] {
  if (found.length <= MAX_SCORED) return found;
  const ranked = found.map((a) => {
    const run = runBefore(text, a.start, prefix) + runAfter(text, a.end, suffix);
    return { a, run, distance: hint === null ? 0 : Math.abs(a.start - hint) };
  });
  ranked.sort((x, y) => y.run - x.run || x.distance - y.distance || x.a.start - y.a.start);
  return ranked.slice(0, MAX_SCORED).map((r) => r.a);
}
