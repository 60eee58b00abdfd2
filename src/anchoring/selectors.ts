/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector over the canonical text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to ~32 characters before `exact` (may be empty). */
  prefix: string;
  /** Up to ~32 characters after `exact` (may be empty). */
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the canonical text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where an annotation (or a timeline event) points: a quote, and where it was last seen. */
export interface AnnotationTarget {
  quote: TextQuoteSelector;
  /** Absent when only a quote is known (e.g. imported from CSV or a timeline file). */
  position?: TextPositionSelector;
}

/**
 * Outcome of anchoring a target in a text.
 * `position`: the stored position still holds the quote; `quote`: found by exact quote
 * elsewhere; `fuzzy`: found approximately; `orphan`: not found, never a guess.
 */
export type AnchorResult =
  { status: 'position' | 'quote' | 'fuzzy'; start: number; end: number } | { status: 'orphan' };
