/** Which items of a long list to render: a run of indices and the space the others take. */
export interface VirtualWindow {
  /** First rendered index (inclusive). */
  first: number;
  /** Last rendered index (inclusive); first - 1 when there are no items. */
  last: number;
  /** CSS pixels taken by the items before `first`, each with the gap after it. */
  before: number;
  /** CSS pixels taken by the items after `last`, each with the gap before it. */
  after: number;
}

/**
 * Where each item of a list starts, in CSS pixels from the top of the list: `tops[i]` for item
 * i, and `tops[count]` the height of the whole list. Linear in `count`; callers keep it until a
 * height changes.
 * @param heightOf height of item i: measured when it has been drawn, else an estimate
 * @param gap space between two items (the list's row gap)
 */
export function listLayout(
  count: number,
  heightOf: (index: number) => number,
  gap: number,
): Float64Array {
  const tops = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) tops[i + 1] = (tops[i] as number) + heightOf(i) + gap;
  return tops;
}

/** What {@link virtualWindow} needs to know about the list and the part of it on screen. */
export interface WindowInput {
  /** The list's {@link listLayout}. */
  tops: Float64Array;
  /** The visible stretch, in pixels from the top of the list; may reach outside it. */
  viewStart: number;
  viewEnd: number;
  /** Items rendered beyond each edge of the view, so keys and Tab find the next one drawn. */
  overscan: number;
  /** An item that must be rendered (the note being edited), -1 for none. */
  pinned: number;
  /**
   * The item holding keyboard focus, -1 for none: while it is among those drawn, `overscan`
   * items each side of it are drawn too, so the next Tab finds the next card in the page even
   * before a scroll has moved the view.
   */
  focused?: number;
}

/** The last index i in [0, count) with tops[i] <= offset (0 when none). */
function itemAt(tops: Float64Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((tops[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The items to render for a view of a long list: those the view touches plus `overscan` on
 * each side. When `pinned` falls outside, the window moves to it instead (the caller then
 * scrolls there). Logarithmic in the list's length.
 */
export function virtualWindow(input: WindowInput): VirtualWindow {
  const { tops, viewStart, viewEnd, overscan, pinned } = input;
  const count = tops.length - 1;
  if (count <= 0) return { first: 0, last: -1, before: 0, after: 0 };
  let firstSeen = itemAt(tops, count, viewStart);
  let lastSeen = Math.max(firstSeen, itemAt(tops, count, viewEnd - 1e-6));
  if (pinned >= 0 && pinned < count && (pinned < firstSeen || pinned > lastSeen)) {
    firstSeen = pinned;
    lastSeen = pinned;
  }
  let first = Math.max(0, firstSeen - overscan);
  let last = Math.min(count - 1, lastSeen + overscan);
  const { focused = -1 } = input;
  if (focused >= first && focused <= last) {
    first = Math.max(0, Math.min(first, focused - overscan));
    last = Math.min(count - 1, Math.max(last, focused + overscan));
  }
  const top = (i: number) => tops[i] as number;
  return { first, last, before: top(first), after: top(count) - top(last + 1) };
}

/**
 * An item drawn apart from the window (the one holding focus, scrolled away from), at its own
 * place: the list's padding then runs to it (`before` when it comes first, `after` when last),
 * and a spacer of `spacer` CSS pixels, gaps aside, stands between it and the window's run; null
 * when it is right next to the run and no spacer is needed.
 */
export interface StrayItem {
  index: number;
  spacer: number | null;
  before: number;
  after: number;
}

/**
 * Where item `index` goes when it must be drawn although the window does not hold it (see
 * {@link StrayItem}); null when the window holds it or there is no such item. Constant time.
 * @param gap space between two items, as given to {@link listLayout}
 */
export function strayItem(
  tops: Float64Array,
  window: VirtualWindow,
  index: number,
  gap: number,
): StrayItem | null {
  const count = tops.length - 1;
  if (index < 0 || index >= count || (index >= window.first && index <= window.last)) {
    return null;
  }
  const top = (i: number) => tops[i] as number;
  if (index < window.first) {
    const next = index + 1 === window.first;
    const spacer = next ? null : Math.max(0, top(window.first) - top(index + 1) - gap);
    return { index, spacer, before: top(index), after: window.after };
  }
  const next = index === window.last + 1;
  const spacer = next ? null : Math.max(0, top(index) - top(window.last + 1) - gap);
  return { index, spacer, before: window.before, after: top(count) - top(index + 1) };
}

/**
 * What to draw, in order: the window's run of indices, and the stray item (if any) at its side
 * with `'spacer'` between them when they are not next to each other.
 */
export function drawOrder(window: VirtualWindow, stray: StrayItem | null): (number | 'spacer')[] {
  const run = Array.from({ length: window.last - window.first + 1 }, (_, i) => window.first + i);
  if (!stray) return run;
  const apart: (number | 'spacer')[] = stray.spacer === null ? [] : ['spacer'];
  return stray.index < window.first
    ? [stray.index, ...apart, ...run]
    : [...run, ...apart, stray.index];
}
