import { ANCHORING_NORMALIZATION, normalizeArabic, toNormalizedOffset } from './normalize-arabic';
import type { TextQuoteSelector } from './selectors';

/** Share of a pattern's length that may be edits in a fuzzy match. */
export const ERROR_RATE = 0.1;

/** A quote selector in the anchoring normalisation, ready to match. */
export interface QuotePattern {
  /** Normalised prefix + exact + suffix, normalised as one string like the text is. */
  context: string;
  /** Where the normalised exact quote starts inside `context`. */
  exactStart: number;
  /** Where the normalised exact quote ends inside `context`. */
  exactEnd: number;
  /** `context.slice(exactStart, exactEnd)`. */
  exact: string;
}

/**
 * Normalises a quote selector's three parts together, as the text is normalised (whitespace
 * runs may span them). Never throws.
 */
export function toQuotePattern(quote: TextQuoteSelector): QuotePattern {
  const whole = normalizeArabic(quote.prefix + quote.exact + quote.suffix, ANCHORING_NORMALIZATION);
  const exactStart = toNormalizedOffset(whole, quote.prefix.length);
  const exactEnd = Math.max(
    exactStart,
    toNormalizedOffset(whole, quote.prefix.length + quote.exact.length),
  );
  return {
    context: whole.text,
    exactStart,
    exactEnd,
    exact: whole.text.slice(exactStart, exactEnd),
  };
}

/** Edits allowed when prefix, exact and suffix are matched together: 10% of their length. */
export function contextErrorBudget(contextLength: number): number {
  return Math.floor(contextLength * ERROR_RATE);
}

/**
 * Edits allowed inside the quote itself (UTF-16 units of normalised text): 10% of its length.
 * When its context matched too, at least one (a short quote with one typo fixed is still
 * pinned by 64 units of context), but never all of it.
 */
export function quoteErrorBudget(quoteLength: number, contextMatched: boolean): number {
  const budget = Math.floor(quoteLength * ERROR_RATE);
  return contextMatched ? Math.min(quoteLength - 1, Math.max(1, budget)) : budget;
}
