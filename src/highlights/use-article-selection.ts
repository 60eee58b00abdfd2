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
 * while dragging it out with a mouse or pen (or `keepExact` is set). The mode belongs to the
 * drag: letting go of Alt, clicking a toolbar button, or extending by keyboard keeps it; Alt in
 * Alt+Shift+arrows (extend by word) does not make a keyboard selection exact.
 * @param keepWhile while this returns true (e.g. focus is in the toolbar), a collapsed
 *   selection does not clear the reported one
 * @param firstExact the selection already there when this starts was dragged out with Alt held
 */
export function useArticleSelection(
  article: HTMLElement | null,
  text: string,
  {
    keepExact = false,
    keepWhile,
    firstExact = false,
  }: { keepExact?: boolean; keepWhile?: () => boolean; firstExact?: boolean } = {},
): [ArticleSelection | null, () => void, () => TextRange | null] {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  // Whether the selection was dragged out with Alt held: the selection's own mode.
  const exactSelection = useRef(firstExact);
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
        if (keepWhileRef.current?.()) return;
        setSelection(null);
        exactSelection.current = false;
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
    let dragInArticle = false;
    const trackPointer = (e: PointerEvent) => {
      if (e.type === 'pointerdown') {
        if (e.button !== 0) return;
        pointerDown.current = true;
        dragInArticle = e.target instanceof Node && article.contains(e.target);
        if (dragInArticle) exactSelection.current = e.altKey;
        return;
      }
      // Alt pressed during the drag counts as well.
      if (dragInArticle && e.altKey) exactSelection.current = true;
      pointerDown.current = false;
      dragInArticle = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('pointerdown', trackPointer, true);
    document.addEventListener('pointerup', trackPointer, true);
    document.addEventListener('pointercancel', trackPointer, true);
    // A selection made before this code was there (it loads with the first one) shows too.
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('pointerdown', trackPointer, true);
      document.removeEventListener('pointerup', trackPointer, true);
      document.removeEventListener('pointercancel', trackPointer, true);
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
