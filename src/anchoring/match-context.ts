import type { Alignment } from './align';
import { findApproximate } from './find-approximate';
import type { QuotePattern } from './quote-pattern';
import { contextErrorBudget, quoteErrorBudget } from './quote-pattern';

/** First search half-width around the expected place, in normalised units; then 8× wider. */
const FIRST_WINDOW = 256;
const WIDEN = 8;

/**
 * Looks for prefix + exact + suffix matched together, with at most 10% edits overall and
 * within {@link quoteErrorBudget} inside the quote: the strongest evidence there is, since 64
 * units of context pin even a two-letter quote. Searches windows around `hint` (the stored
 * start, normalised), widening until the whole text is covered; the first window with a match
 * wins, so an edit far away never beats a nearby match. Within a window: fewest errors, then
 * nearest to the hint, then earliest.
 * @param text the normalised text
 * @param hint normalised offset where the quote was, or null when only the quote is known
 * @param windows how many windows to search at most (the first alone is cheap: moved text is
 *   then better looked for exactly, before the wider windows)
 * @returns the alignment (cuts = the quote), or null when there is none
 */
export function matchWithContext(
  text: string,
  pattern: QuotePattern,
  hint: number | null,
  windows = Infinity,
): Alignment | null {
  const maxErrors = contextErrorBudget(pattern.context.length);
  const quoteBudget = quoteErrorBudget(pattern.exact.length, true);
  const accept = (a: Alignment) => a.innerErrors <= quoteBudget && a.cutEnd > a.cutStart;
  const query = { maxErrors, cutStart: pattern.exactStart, cutEnd: pattern.exactEnd };
  if (hint === null) {
    const found = findApproximate(text, pattern.context, {
      ...query,
      from: 0,
      to: text.length,
      bestOnly: { near: 0 },
    });
    return pick(found.filter(accept), null);
  }
  const center = hint - pattern.exactStart;
  const near = Math.max(FIRST_WINDOW, 2 * pattern.context.length) * WIDEN;
  // Text that only shifted keeps its context: an exact copy within the first two windows is
  // found by indexOf far more cheaply than by the approximate search of even the first.
  const shifted = exactIn(text, pattern, Math.max(0, center - near), center + near, hint);
  if (shifted) return shifted;
  let tried = 0;
  for (let half = Math.max(FIRST_WINDOW, 2 * pattern.context.length); ; half *= WIDEN) {
    const from = center - half;
    const to = center + half;
    const bestOnly = { near: center };
    // No match has fewer errors than an exact one, and indexOf is far cheaper than the search.
    const best =
      exactIn(text, pattern, Math.max(0, from), to, hint) ??
      pick(
        findApproximate(text, pattern.context, { ...query, from, to, bestOnly }).filter(accept),
        hint,
      );
    tried += 1;
    if (best || (from <= 0 && to >= text.length) || tried >= windows) return best;
  }
}

/** The copy of the whole context starting in `[from, to]` nearest to `hint`, exactly. */
function exactIn(
  text: string,
  pattern: QuotePattern,
  from: number,
  to: number,
  hint: number,
): Alignment | null {
  const { context, exactStart, exactEnd } = pattern;
  const hay = text.slice(from, to + context.length);
  let best = -1;
  for (let at = hay.indexOf(context); at !== -1; at = hay.indexOf(context, at + 1)) {
    const start = from + at;
    if (best === -1 || Math.abs(start + exactStart - hint) < Math.abs(best + exactStart - hint)) {
      best = start;
    }
  }
  if (best === -1) return null;
  const end = best + context.length;
  return {
    start: best,
    end,
    errors: 0,
    cutStart: best + exactStart,
    cutEnd: best + exactEnd,
    innerErrors: 0,
  };
}

function pick(found: Alignment[], hint: number | null): Alignment | null {
  let best: Alignment | null = null;
  for (const a of found) {
    if (!best || a.errors < best.errors) best = a;
    else if (a.errors === best.errors && hint !== null) {
      if (Math.abs(a.cutStart - hint) < Math.abs(best.cutStart - hint)) best = a;
    }
  }
  return best;
}
