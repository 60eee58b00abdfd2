import { createAnchorer, isVerbatimAt } from '../anchoring/anchor';
import { describe } from '../anchoring/describe';
import type { AnnotationTarget } from '../anchoring/selectors';

/** Finds imported targets in one text; see {@link createLocator}. */
export type Locate = (target: AnnotationTarget) => AnnotationTarget | null;

/**
 * A locator for `text` (one anchorer for the whole file, so the text is normalised once). It
 * returns the target as it stands in `text`, or null when the quote is nowhere (orphan: never a
 * guess). A target found verbatim at its own position, with its context, keeps its selectors;
 * any other is described afresh from `text` (quote, prefix, suffix, position), since its context
 * and offsets came from another copy of the text, or only approximately matched this one.
 */
export function createLocator(text: string): Locate {
  const anchorer = createAnchorer(text);
  return (target) => {
    const result = anchorer.anchor(target);
    if (result.status === 'orphan') return null;
    const { start, end } = result;
    const { quote } = target;
    // Kept only when quote AND context stand in the text verbatim: a file's own prefix/suffix
    // could otherwise carry anything (it came from outside) into the stored record.
    const verbatim =
      result.status === 'position' &&
      isVerbatimAt(text, { start, end }, quote.exact, quote.prefix, quote.suffix);
    if (verbatim && (quote.prefix !== '' || quote.suffix !== '')) {
      return { quote, position: { type: 'TextPositionSelector', start, end } };
    }
    return describe({ start, end }, text);
  };
}
