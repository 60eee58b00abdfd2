import { offsetsToRange } from '../anchoring/dom-range';
import type { TextRange } from '../anchoring/selectors';

/**
 * Makes canonical `range` inside `article` the document selection, as a browser leaves its
 * last find match selected: the selection toolbar, `h`/`n` and Shift+arrows then work on it.
 * A selection near the top or bottom edge of the view is scrolled to the middle, out from
 * under the header and the notices at the bottom.
 * @returns false when the range is not in the page (nothing changes then)
 */
export function selectText(article: Element, range: TextRange): boolean {
  const dom = offsetsToRange(range, article);
  const doc = article.ownerDocument;
  const selection = doc.getSelection();
  if (!dom || dom.collapsed || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(dom);
  const view = doc.defaultView;
  const box = dom.getBoundingClientRect?.();
  if (view && box && (box.top < view.innerHeight * 0.15 || box.bottom > view.innerHeight * 0.7))
    view.scrollBy({ top: box.top + box.height / 2 - view.innerHeight / 2 });
  return true;
}
