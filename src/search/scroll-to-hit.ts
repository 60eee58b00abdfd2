import { findHitKey } from './hit-decorations';

/**
 * Brings find hit number `current` (0-based) into view, centred, unless it is already in
 * view and not covered by a sticky bar. DOM helper: `root` is the article (or any ancestor of
 * its marks). Returns the hit's first `<mark>`, or null when `current` is -1 or the hit is not
 * drawn (yet). Scrolls instantly: stepping through hits should not lag behind the keys.
 */
export function scrollCurrentHitIntoView(root: ParentNode, current: number): Element | null {
  if (current < 0) return null;
  const mark = root.querySelector(`mark[data-hit="${findHitKey(current)}"]`);
  if (!mark) return null;
  if (!inClearView(mark)) mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  return mark;
}

/** Inside the viewport, and its first line is not under the header, the find bar or the tabs. */
function inClearView(mark: Element): boolean {
  const doc = mark.ownerDocument;
  const view = doc.defaultView;
  const line = mark.getClientRects()[0];
  if (!view || !line || line.width === 0) return false;
  if (line.top < 0 || line.bottom > view.innerHeight) return false;
  const x = line.left + line.width / 2;
  // elementFromPoint sees overlays: the hit is visible only if it is on top at both edges.
  return [line.top + 1, line.bottom - 1].every((y) => {
    const top = doc.elementFromPoint?.(x, y);
    return top !== null && top !== undefined && mark.contains(top);
  });
}
