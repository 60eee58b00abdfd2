import { useEffect, useState } from 'react';

/** Whether `selection` has an end inside `article` and is more than a caret. */
function selectsIn(article: HTMLElement, selection: Selection | null): boolean {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  return article.contains(selection.anchorNode) || article.contains(selection.focusNode);
}

/** Whether there has been a selection in the article yet, and whether Alt made it exact. */
export type SelectionIntent = false | 'selected' | 'exact';

/**
 * Whether the reader has selected text in `article` yet: false on a first visit until they do,
 * then for good `'selected'`, or `'exact'` when that first selection was dragged out in the
 * article with Alt held (the highlight code, which loads then, did not see the drag). A drag
 * counts once the pointer is up; a pointer pressed in the article calls `preload`, so the code
 * is on its way while the selection is dragged out. Selections made by keys or by the find bar
 * count as they happen.
 */
export function useSelectionIntent(
  article: HTMLElement | null,
  preload: () => void,
): SelectionIntent {
  const [selected, setSelected] = useState<SelectionIntent>(false);
  useEffect(() => {
    if (!article || selected) return;
    let pointerDown = false;
    let altDrag = false;
    const check = () => {
      if (!pointerDown && selectsIn(article, document.getSelection())) {
        setSelected(altDrag ? 'exact' : 'selected');
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (e.type === 'pointerdown') {
        if (e.button !== 0) return;
        pointerDown = true;
        const inArticle = e.target instanceof Node && article.contains(e.target);
        altDrag = inArticle && e.altKey;
        if (inArticle) preload();
        return;
      }
      // As in useArticleSelection: Alt pressed during the drag counts as well.
      if (pointerDown && e.altKey) altDrag = true;
      pointerDown = false;
      check();
    };
    document.addEventListener('selectionchange', check);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('pointerup', onPointer, true);
    document.addEventListener('pointercancel', onPointer, true);
    check();
    return () => {
      document.removeEventListener('selectionchange', check);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('pointerup', onPointer, true);
      document.removeEventListener('pointercancel', onPointer, true);
    };
  }, [article, selected, preload]);
  return selected;
}
