import type { AnnotationTarget, TextRange } from './selectors';

/** UTF-16 units of context kept on each side of a quote (as the Hypothesis client does). */
export const CONTEXT_LENGTH = 32;

/**
 * Describes `range` of `text` as a W3C TextQuoteSelector (exact plus up to
 * {@link CONTEXT_LENGTH} units of prefix and suffix, never cutting a surrogate pair) and a
 * TextPositionSelector (UTF-16 offsets).
 * @throws RangeError when the range is not `0 <= start <= end <= text.length`
 */
export function describe(range: TextRange, text: string): AnnotationTarget {
  const { start, end } = range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`invalid range [${start}, ${end})`);
  }
  if (end > text.length) throw new RangeError(`range end ${end} beyond text (${text.length})`);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > end) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
