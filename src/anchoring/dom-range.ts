import type { TextRange } from './selectors';

/**
 * The rendering contract (see `document/BlockText.tsx`): each text node of canonical text is the
 * only text child of an element with this attribute, whose value is the canonical UTF-16
 * offset of the node's first character, and the node's data equals the canonical text there.
 * Text nodes whose parent lacks it (headline, markers, buttons) are not article text.
 */
export const OFFSET_ATTRIBUTE = 'data-offset';

interface CanonicalNode {
  node: Text;
  start: number;
  end: number;
}

/**
 * Canonical offsets of a DOM range inside `root`. Boundaries may sit in text nodes or in
 * element containers, inside highlights, or outside the canonical text (in the headline, a
 * button, before or after `root`): such a start moves forward to the next canonical character
 * and such an end back to the previous one. Across blocks the range includes the block
 * separators between them. Hidden canonical text (e.g. harakat hidden by CSS) counts like any.
 * @returns null when the range selects no canonical character
 */
export function rangeToOffsets(range: Range, root: Element): TextRange | null {
  const nodes = canonicalNodes(root);
  if (nodes.length === 0) return null;
  const start = boundaryOffset(range.startContainer, range.startOffset, nodes, 'start');
  const end = boundaryOffset(range.endContainer, range.endOffset, nodes, 'end');
  return start !== null && end !== null && start < end ? { start, end } : null;
}

/**
 * A DOM range over canonical `[start, end)` inside `root`. A boundary that falls between
 * rendered nodes (on a block separator) moves to the nearest rendered text inside the range;
 * a boundary at the edge of two nodes goes to the start of the later one (for `start`) or the
 * end of the earlier one (for `end`), so the range never begins or ends in a neighbour.
 * @returns null when the offsets are invalid, or when no rendered text lies in a non-empty range
 */
export function offsetsToRange(range: TextRange, root: Element): Range | null {
  const { start, end } = range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end))
    return null;
  const nodes = canonicalNodes(root);
  const first = nodes.find((n) => n.end > start) ?? null;
  const last = nodes.findLast((n) => n.start < end) ?? null;
  const dom = root.ownerDocument.createRange();
  if (start === end) {
    const at = first ?? last;
    if (!at) return null;
    dom.setStart(at.node, clamp(start - at.start, at.node.length));
    dom.collapse(true);
    return dom;
  }
  if (!first || !last || first.start >= end || last.end <= start) return null;
  dom.setStart(first.node, clamp(start - first.start, first.node.length));
  dom.setEnd(last.node, clamp(end - last.start, last.node.length));
  return dom;
}

/** Canonical text nodes under `root`, in document order. */
function canonicalNodes(root: Element): CanonicalNode[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: CanonicalNode[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.parentElement?.getAttribute(OFFSET_ATTRIBUTE);
    const start = value == null || value === '' ? NaN : Number(value);
    if (!Number.isInteger(start) || start < 0) continue;
    const text = node as Text;
    nodes.push({ node: text, start, end: start + text.length });
  }
  return nodes;
}

/**
 * The canonical offset of a boundary point. Inside a canonical text node it is exact;
 * elsewhere a start snaps to the next canonical node's start, an end to the previous one's end.
 */
function boundaryOffset(
  container: Node,
  offset: number,
  nodes: CanonicalNode[],
  side: 'start' | 'end',
): number | null {
  const own = nodes.find((n) => n.node === container);
  if (own) return own.start + clamp(offset, own.node.length);
  const point = container.ownerDocument?.createRange();
  if (!point) return null;
  try {
    point.setStart(container, offset);
  } catch {
    return null;
  }
  point.collapse(true);
  // Nodes are in document order, so "is this node after the point" flips once: binary search.
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const n = nodes[mid] as CanonicalNode;
    if (safeCompare(point, n.node) < 0) lo = mid + 1;
    else hi = mid;
  }
  // nodes[lo] is the first node starting at or after the point.
  if (side === 'start') return nodes[lo]?.start ?? null;
  return nodes[lo - 1]?.end ?? null;
}

/** Where text node `node` starts relative to the collapsed range `point`: -1 before, else >= 0. */
function safeCompare(point: Range, node: Text): number {
  try {
    return point.comparePoint(node, 0);
  } catch {
    return 1;
  }
}

function clamp(x: number, max: number): number {
  return Math.min(Math.max(x, 0), max);
}
