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

/** What {@link virtualWindow} needs to know about the list and the part of it on screen. */
export interface WindowInput {
  count: number;
  /** Height of item i in CSS pixels: measured when it has been drawn, else an estimate. */
  heightOf: (index: number) => number;
  /** Space between two items (the list's row gap), CSS pixels. */
  gap: number;
  /** The visible stretch, in pixels from the top of the list; may reach outside it. */
  viewStart: number;
  viewEnd: number;
  /** Items rendered beyond each edge of the view, so keys and Tab find the next one drawn. */
  overscan: number;
  /** An item that must be rendered (the note being edited), -1 for none. */
  pinned: number;
}

/**
 * The items to render for a view of a long list: those the view touches plus `overscan` on
 * each side. When `pinned` falls outside, the window moves to it instead (the caller then
 * scrolls there). Linear in `count`: a sum over 20,000 heights is well under a millisecond.
 */
export function virtualWindow(input: WindowInput): VirtualWindow {
  const { count, heightOf, gap, viewStart, viewEnd, overscan, pinned } = input;
  if (count === 0) return { first: 0, last: -1, before: 0, after: 0 };
  const tops: number[] = new Array<number>(count + 1);
  tops[0] = 0;
  for (let i = 0; i < count; i++) tops[i + 1] = (tops[i] as number) + heightOf(i) + gap;
  const top = (i: number) => tops[i] as number;
  let firstSeen = 0;
  while (firstSeen < count - 1 && top(firstSeen + 1) <= viewStart) firstSeen++;
  let lastSeen = firstSeen;
  while (lastSeen < count - 1 && top(lastSeen + 1) < viewEnd) lastSeen++;
  if (pinned >= 0 && pinned < count && (pinned < firstSeen || pinned > lastSeen)) {
    firstSeen = pinned;
    lastSeen = pinned;
  }
  const first = Math.max(0, firstSeen - overscan);
  const last = Math.min(count - 1, lastSeen + overscan);
  return { first, last, before: top(first), after: top(count) - top(last + 1) };
}

/** Offset of item `index` from the top of the list, in CSS pixels (for scrolling to it). */
export function offsetOf(index: number, heightOf: (index: number) => number, gap: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += heightOf(i) + gap;
  return offset;
}
