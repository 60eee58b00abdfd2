import { useCallback, useEffect, useRef, useState } from 'react';
import { rangeToOffsets } from '../anchoring/dom-range';
import type { TextRange } from '../anchoring/selectors';
import { snapToWords } from '../anchoring/snap-to-words';

/** A non-empty selection inside the article, in canonical offsets, and where it is on screen. */
export interface ArticleSelection {
  range: TextRange;
  /** The selection's first and last line boxes, in viewport coordinates. */
  firstRect: DOMRect;
  lastRect: DOMRect;
}

/**
 * Follows the document selection (mouse, touch or keyboard: `selectionchange`) and reports it
 * when it lies in `article`. The range is snapped outward to whole words unless Alt was held
 * while selecting (or `keepExact` is set). Alt counts when the selection changes, so letting go
 * of it, or clicking a toolbar button without it, keeps an exact selection exact.
 * @param keepWhile while this returns true (e.g. focus is in the toolbar), a collapsed
 *   selection does not clear the reported one
 */
export function useArticleSelection(
  article: HTMLElement | null,
  text: string,
  { keepExact = false, keepWhile }: { keepExact?: boolean; keepWhile?: () => boolean } = {},
): [ArticleSelection | null, () => void, () => TextRange | null] {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  const altHeld = useRef(false);
  // Whether Alt was down when the selection last changed: the selection's own mode.
  const exactSelection = useRef(false);
  // While a mouse or finger is still dragging out a selection, the toolbar waits: appearing
  // under the pointer mid-drag would take over the drag.
  const pointerDown = useRef(false);
  const keepWhileRef = useRef(keepWhile);
  useEffect(() => {
    keepWhileRef.current = keepWhile;
  });

  useEffect(() => {
    if (!article) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      if (pointerDown.current) return;
      const found = selectedRange(article, text, exactSelection.current || keepExact);
      if (!found) {
        if (!keepWhileRef.current?.()) setSelection(null);
        return;
      }
      const { domRange, range } = found;
      const rects = [...domRange.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const bounds = domRange.getBoundingClientRect();
      setSelection({ range, firstRect: rects[0] ?? bounds, lastRect: rects.at(-1) ?? bounds });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const onSelectionChange = () => {
      exactSelection.current = altHeld.current;
      schedule();
    };
    const trackAlt = (e: KeyboardEvent | PointerEvent) => {
      altHeld.current = e.altKey;
      if (e.type === 'pointerdown' && (e as PointerEvent).button === 0) pointerDown.current = true;
      if (e.type === 'pointerup' || e.type === 'pointercancel') {
        pointerDown.current = false;
        schedule();
      }
    };
    document.addEventListener('selectionchange', onSelectionChange);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('keydown', trackAlt, true);
    document.addEventListener('keyup', trackAlt, true);
    document.addEventListener('pointerdown', trackAlt, true);
    document.addEventListener('pointerup', trackAlt, true);
    document.addEventListener('pointercancel', trackAlt, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('keydown', trackAlt, true);
      document.removeEventListener('keyup', trackAlt, true);
      document.removeEventListener('pointerdown', trackAlt, true);
      document.removeEventListener('pointerup', trackAlt, true);
      document.removeEventListener('pointercancel', trackAlt, true);
    };
  }, [article, text, keepExact]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  // The selection as it is at this moment (keyboard users may still be extending it when
  // they act, ahead of the next animation frame); null when there is none in the article.
  const current = useCallback(
    () =>
      article
        ? (selectedRange(article, text, exactSelection.current || keepExact)?.range ?? null)
        : null,
    [article, text, keepExact],
  );
  return [selection, clear, current];
}

/** The document selection inside `article`, as a DOM range and as (snapped) canonical offsets. */
function selectedRange(
  article: HTMLElement,
  text: string,
  exact: boolean,
): { domRange: Range; range: TextRange } | null {
  const sel = document.getSelection();
  const domRange = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  const offsets = domRange ? rangeToOffsets(domRange, article) : null;
  const range = offsets && (exact ? trimmed(offsets, text) : snapToWords(offsets, text));
  return domRange && range && range.end > range.start ? { domRange, range } : null;
}

/** The exact selection without leading or trailing whitespace (null when nothing is left). */
function trimmed(range: TextRange, text: string): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
