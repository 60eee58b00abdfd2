import { useEffect } from 'react';
import { isTextEntry } from '../ui/is-text-entry';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** The extension a key asks for, or null when the key does not extend a selection. */
function extensionFor(
  e: KeyboardEvent,
  rtl: boolean,
): [direction: 'forward' | 'backward', Granularity] | null {
  if (!e.shiftKey || e.metaKey) return null;
  const word = e.ctrlKey || e.altKey;
  // Logical directions from the text's direction: Chromium's visual 'left'/'right' lose their
  // way around out-of-flow elements (the margin markers) inside a line.
  const [left, right] = rtl
    ? (['forward', 'backward'] as const)
    : (['backward', 'forward'] as const);
  switch (e.key) {
    case 'ArrowLeft':
      return [left, word ? 'word' : 'character'];
    case 'ArrowRight':
      return [right, word ? 'word' : 'character'];
    case 'ArrowUp':
      return ['backward', 'line'];
    case 'ArrowDown':
      return ['forward', 'line'];
    case 'Home':
      return ['backward', 'lineboundary'];
    case 'End':
      return ['forward', 'lineboundary'];
    default:
      return null;
  }
}

type ModifiableSelection = Selection & {
  modify?: (alter: 'extend', direction: string, granularity: Granularity) => void;
};

/**
 * Lets keyboard users select article text without caret browsing: Shift+arrows extend the
 * selection by character (with Ctrl/Alt by word), Shift+Up/Down by line, Shift+Home/End to
 * the line's edge, starting from the caret or from the focused passage or highlight.
 * Arrows follow the text, as in any text field: in Arabic, Shift+Left reads forward.
 */
export function useKeyboardSelection(article: HTMLElement | null): void {
  useEffect(() => {
    if (!article) return;
    const onKeyDown = (e: KeyboardEvent) => {
      // Every key in the page comes here: skip the style read unless Shift could extend.
      if (!e.shiftKey || e.metaKey) return;
      const extension = extensionFor(e, getComputedStyle(article).direction === 'rtl');
      if (!extension) return;
      const sel = document.getSelection() as ModifiableSelection | null;
      if (!sel?.modify) return;
      const active = document.activeElement;
      const focusInArticle =
        active instanceof Node && article.contains(active) && active !== article;
      const selectionInArticle = sel.rangeCount > 0 && article.contains(sel.focusNode);
      if (!selectionInArticle && !focusInArticle) return;
      if (isTextEntry(e.target)) return;
      if (!selectionInArticle && active) {
        // Start from the beginning of the focused passage or highlight.
        const first = active.querySelector('[data-offset]')?.firstChild ?? active.firstChild;
        if (!first) return;
        sel.collapse(first, 0);
      }
      e.preventDefault();
      sel.modify('extend', extension[0], extension[1]);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [article]);
}
