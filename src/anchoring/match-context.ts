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
  let tried = 0;
  for (let half = Math.max(FIRST_WINDOW, 2 * pattern.context.length); ; half *= WIDEN) {
    const from = center - half;
    const to = center + half;
    const bestOnly = { near: center };
    const found = findApproximate(text, pattern.context, { ...query, from, to, bestOnly });
    const best = pick(found.filter(accept), hint);
    tried += 1;
    if (best || (from <= 0 && to >= text.length) || tried >= windows) return best;
  }
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
