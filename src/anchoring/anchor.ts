import type { Alignment } from './align';
import { alignNear } from './align';
import { matchWithContext } from './match-context';
import { matchContextExactly, matchOneSideExactly } from './match-exact';
import { matchQuoteAlone, matchQuoteNear } from './match-quote';
import type { NormalizedText } from './normalize-arabic';
import {
  ANCHORING_NORMALIZATION,
  normalizeArabic,
  normalizeArabicText,
  toNormalizedOffset,
  toOriginalRange,
} from './normalize-arabic';
import type { QuotePattern } from './quote-pattern';
import { widenToQuoteWords } from './quote-words';
import { contextErrorBudget, toQuotePattern } from './quote-pattern';
import type { AnchorResult, AnnotationTarget, TextPositionSelector, TextRange } from './selectors';

/** Anchors many targets in one text, normalising the text once (lazily, on first need). */
export interface Anchorer {
  /** See {@link anchor}. */
  anchor(target: AnnotationTarget): AnchorResult;
  /**
   * Anchors every target and returns the results in the order given. Those still verbatim at
   * their stored position are taken first, in one pass; the rest are visited in the order of
   * their stored positions (targets without one last). Text moves in blocks, so neighbours in
   * the old text usually share one shift: in that order the remembered shift finds most of a
   * moved block with one comparison each, whatever order the caller holds.
   */
  anchorAll(targets: readonly AnnotationTarget[]): AnchorResult[];
}

/**
 * Fuzzy windows searched around the old place (±256, then ±2,048 units) before the whole text
 * is searched exactly: farther than that, the text more likely moved than was edited.
 */
const NEAR_WINDOWS = 2;

/** Units either side of where the last target's move puts this one, searched verbatim. */
const SHIFT_SLACK = 64;

const ORPHAN: AnchorResult = Object.freeze({ status: 'orphan' });

/** What anchoring one target tells about the next: how far the last one found had moved. */
interface Memory {
  /** Normalised units from the last found target's old place to its new one. */
  shift: number | null;
}

/**
 * Creates an {@link Anchorer} for `text`. The anchoring normalisation of the text is computed
 * at the first target that needs it and reused for every later one. Text moves in blocks, so
 * it also remembers how far the last target found had moved: the next one's whole context is
 * first checked, verbatim, that far from its own old place (one comparison instead of a
 * search).
 */
export function createAnchorer(text: string): Anchorer {
  let norm: NormalizedText | null = null;
  const normalized = () => (norm ??= normalizeArabic(text, ANCHORING_NORMALIZATION));
  const memory: Memory = { shift: null };
  const anchorOne = (target: AnnotationTarget) => anchorIn(text, normalized, target, memory);
  return {
    anchor: anchorOne,
    anchorAll(targets) {
      const results = new Array<AnchorResult>(targets.length);
      // The fast path neither reads nor moves the remembered shift, so taking it first changes
      // no result; a reload of an unchanged text then sorts nothing (20,000 targets cost
      // a sort of that many before).
      const rest: number[] = [];
      targets.forEach((target, i) => {
        const at = verbatimPosition(text, target);
        if (at) results[i] = at;
        else rest.push(i);
      });
      for (const i of byStoredPosition(targets, rest))
        results[i] = anchorOne(targets[i] as AnnotationTarget);
      return results;
    },
  };
}

/** `indexes` of `targets`, sorted by stored start (then end); those without a position last. */
function byStoredPosition(targets: readonly AnnotationTarget[], indexes: number[]): number[] {
  const startOf = (i: number) => targets[i]?.position?.start ?? Infinity;
  const endOf = (i: number) => targets[i]?.position?.end ?? Infinity;
  // Infinity - Infinity is NaN: compare explicitly so position-less targets keep their order.
  return indexes.sort((a, b) => cmp(startOf(a), startOf(b)) || cmp(endOf(a), endOf(b)) || a - b);
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Finds where `target` is in `text` (UTF-16 offsets). In order: the stored position when the
 * quote is still there (compared after Arabic normalisation) and its context agrees; else the
 * same quote a few units away with its context still mostly there; else
 * prefix + quote + suffix matched together within ±2,048 units of the old place, exactly or
 * within 10% edits; else (moved text) prefix + quote + suffix verbatim anywhere, or the quote
 * with one whole side of its context found only once and the other side still agreeing; else
 * prefix + quote + suffix within 10% edits in ever wider windows; else the quote alone,
 * exactly or within 10% edits, chosen by context and nearness; else
 * `{ status: 'orphan' }`, never a guess. A found range starts on a character (not on its
 * harakat) and ends after its last character's harakat. Never throws. To anchor many targets
 * in one text, use {@link createAnchorer}.
 */
export function anchor(target: AnnotationTarget, text: string): AnchorResult {
  return createAnchorer(text).anchor(target);
}

function anchorIn(
  text: string,
  normalized: () => NormalizedText,
  target: AnnotationTarget,
  memory: Memory,
): AnchorResult {
  const verbatim = verbatimPosition(text, target);
  if (verbatim) return verbatim;
  const { quote } = target;
  const stored = validPosition(target.position, text.length);
  const pattern = toQuotePattern(quote);
  if (pattern.exact === '') return ORPHAN;
  const norm = normalized();
  const hint = stored ? toNormalizedOffset(norm, stored.start) : null;
  const held =
    stored && hint !== null
      ? quoteHeldAt(text, norm.text, stored, pattern, quote.exact, hint)
      : null;
  const found =
    held ??
    (hint !== null ? matchQuoteNear(norm.text, pattern, hint) : null) ??
    (hint !== null && memory.shift !== null
      ? contextNear(norm.text, pattern, hint + memory.shift)
      : null) ??
    (hint !== null ? matchWithContext(norm.text, pattern, hint, NEAR_WINDOWS) : null) ??
    matchContextExactly(norm.text, pattern, hint) ??
    matchOneSideExactly(norm.text, pattern) ??
    matchWithContext(norm.text, pattern, hint) ??
    matchQuoteAlone(norm.text, pattern, hint);
  if (!found) return ORPHAN;
  if (hint !== null) memory.shift = found.cutStart - hint;
  const { start, end } = toOriginalRange(norm, found.cutStart, found.cutEnd);
  if (found.innerErrors > 0) {
    return { status: 'fuzzy', ...widenToQuoteWords({ start, end }, text, quote) };
  }
  const same = stored !== null && start === stored.start && end === stored.end;
  return { status: same ? 'position' : 'quote', start, end };
}

/**
 * Prefix + quote + suffix verbatim with the quote starting within {@link SHIFT_SLACK} units of
 * `at` (normalised), the nearest such copy; else null. The slack absorbs marks: stored offsets
 * are mapped through the new text's normalisation, not the old one's.
 */
function contextNear(normText: string, pattern: QuotePattern, at: number): Alignment | null {
  const from = Math.max(0, at - pattern.exactStart - SHIFT_SLACK);
  const hay = normText.slice(from, at - pattern.exactStart + SHIFT_SLACK + pattern.context.length);
  let best = -1;
  for (let i = hay.indexOf(pattern.context); i !== -1; i = hay.indexOf(pattern.context, i + 1)) {
    const cut = from + i + pattern.exactStart;
    if (best === -1 || Math.abs(cut - at) < Math.abs(best - at)) best = cut;
  }
  if (best === -1) return null;
  const start = best - pattern.exactStart;
  const end = start + pattern.context.length;
  return {
    start,
    end,
    errors: 0,
    cutStart: best,
    cutEnd: best + pattern.exact.length,
    innerErrors: 0,
  };
}

/** The stored position when the quote and its context stand there unit for unit, else null. */
function verbatimPosition(text: string, target: AnnotationTarget): AnchorResult | null {
  const { quote } = target;
  const stored = validPosition(target.position, text.length);
  return stored && isVerbatimAt(text, stored, quote.exact, quote.prefix, quote.suffix)
    ? { status: 'position', start: stored.start, end: stored.end }
    : null;
}

function validPosition(
  position: TextPositionSelector | undefined,
  length: number,
): TextPositionSelector | null {
  if (!position) return null;
  const { start, end } = position;
  const ok = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end;
  return ok && end <= length ? position : null;
}

/**
 * The fast path: `exact` stands at `at` in `text` with `prefix` right before it and `suffix`
 * right after, unit for unit (no normalisation).
 */
export function isVerbatimAt(
  text: string,
  at: TextRange,
  exact: string,
  prefix: string,
  suffix: string,
): boolean {
  return (
    at.end - at.start === exact.length &&
    text.startsWith(exact, at.start) &&
    text.endsWith(prefix, at.start) &&
    text.startsWith(suffix, at.end)
  );
}

/**
 * The quote is at the stored position up to normalisation, and its context still matches
 * there within budget: the alignment there, else null. Without the context check a shifted
 * text could put another copy of a short quote exactly under the old offsets.
 */
function quoteHeldAt(
  text: string,
  normText: string,
  at: TextPositionSelector,
  pattern: QuotePattern,
  exact: string,
  hint: number,
): Alignment | null {
  const here = normalizeArabicText(text.slice(at.start, at.end), ANCHORING_NORMALIZATION);
  if (here !== normalizeArabicText(exact, ANCHORING_NORMALIZATION)) return null;
  const aligned = alignNear(
    normText,
    pattern.context,
    hint - pattern.exactStart,
    contextErrorBudget(pattern.context.length),
    pattern.exactStart,
    pattern.exactEnd,
  );
  return aligned && aligned.cutStart === hint && aligned.innerErrors === 0 ? aligned : null;
}
