import type { Alignment } from './align';
import { CONTEXT_EVIDENCE, similarity } from './match-quote';
import type { QuotePattern } from './quote-pattern';

/** Units of one stored context side that, found exactly with the quote and only once, pin it. */
const ONE_SIDE_LENGTH = 16;

/**
 * Prefix + quote + suffix found unchanged anywhere in the text: the nearest copy to `hint`
 * (the first without one). Text that moved (paragraphs reordered, text put before it) keeps
 * its context, so an `indexOf` over the whole text finds it long before a widening fuzzy
 * search would.
 * @param text the normalised text
 * @param hint normalised offset where the quote was, or null
 */
export function matchContextExactly(
  text: string,
  pattern: QuotePattern,
  hint: number | null,
): Alignment | null {
  const { context, exactStart, exactEnd } = pattern;
  let best = -1;
  for (let at = text.indexOf(context); at !== -1; at = text.indexOf(context, at + 1)) {
    if (
      best === -1 ||
      (hint !== null && Math.abs(at + exactStart - hint) < Math.abs(best + exactStart - hint))
    ) {
      best = at;
    }
  }
  if (best === -1) return null;
  return {
    start: best,
    end: best + context.length,
    errors: 0,
    cutStart: best + exactStart,
    cutEnd: best + exactEnd,
    innerErrors: 0,
  };
}

/**
 * The quote with one whole side of its stored context (at least 16 units), unchanged and found
 * only once in the text, while the other side still agrees enough that the context on average
 * is credible: a quote at the edge of a moved paragraph, whose other side now borders
 * different text. A side found twice is no evidence, so that is left to the fuzzy searches.
 * @param text the normalised text
 */
export function matchOneSideExactly(text: string, pattern: QuotePattern): Alignment | null {
  const { context, exactStart, exactEnd } = pattern;
  const prefix = context.slice(0, exactStart);
  const suffix = context.slice(exactEnd);
  const sides = [
    { side: context.slice(exactStart), cut: 0, stored: suffix.length },
    { side: context.slice(0, exactEnd), cut: exactStart, stored: prefix.length },
  ];
  for (const { side, cut, stored } of sides) {
    if (stored < ONE_SIDE_LENGTH) continue;
    const at = text.indexOf(side);
    if (at === -1 || text.indexOf(side, at + 1) !== -1) continue;
    const start = at + cut;
    const end = start + (exactEnd - exactStart);
    const before = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
    const after = similarity(text.slice(end, end + suffix.length), suffix);
    const agreement =
      (prefix.length * before + suffix.length * after) / (prefix.length + suffix.length);
    if (agreement < CONTEXT_EVIDENCE) continue;
    return { start, end, errors: 0, cutStart: start, cutEnd: end, innerErrors: 0 };
  }
  return null;
}
