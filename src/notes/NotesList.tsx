import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationRecord } from '../storage/annotation-record';
import { drawOrder, listLayout, strayItem, virtualWindow } from './virtual-window';

/** Up to this many cards the list is drawn whole; past it, only what is on screen. */
export const VIRTUALISE_FROM = 200;
/** A card's height before it has been drawn (one line of quote, a note, the meta row). */
const ESTIMATED_HEIGHT = 120;
/** Cards drawn beyond each edge of the view: Tab and the arrow keys find the next one there. */
const OVERSCAN = 6;

interface View {
  start: number;
  end: number;
}

/** The nearest ancestor that scrolls its content (the sidebar), or null for the page. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

/** The stretch of the list inside the view (the page's, clipped by its scrolling sidebar). */
function viewOf(list: HTMLElement): View {
  const box = list.getBoundingClientRect();
  const scroller = scrollParent(list);
  const clip = scroller?.getBoundingClientRect();
  const top = Math.max(0, clip?.top ?? 0);
  const bottom = Math.min(window.innerHeight, clip?.bottom ?? window.innerHeight);
  return { start: Math.round(top - box.top), end: Math.round(Math.max(top, bottom) - box.top) };
}

/**
 * The notes list, `<ol>` of cards in reading order. Past {@link VIRTUALISE_FROM} cards only
 * those on screen (plus a few each side) are in the page, between two spacers that keep the
 * scroll bar true; each item says its place (`aria-posinset` of `aria-setsize`) so a screen
 * reader still hears "12 of 20,000". The card being edited is always drawn, and scrolled to;
 * the card holding focus stays drawn where it is when the reader scrolls away from it.
 */
export function NotesList({
  records,
  renderItem,
  pinnedId,
}: {
  records: readonly AnnotationRecord[];
  renderItem: (record: AnnotationRecord) => ReactNode;
  /** The card that must be in the page (the open editor), or null. */
  pinnedId: string | null;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState<View>({ start: 0, end: 1000 });
  const [gap, setGap] = useState(12);
  // The card holding focus: the cards around it stay drawn (see virtualWindow's `focused`).
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const virtual = records.length > VIRTUALISE_FROM;

  useEffect(() => {
    const list = listRef.current;
    if (!virtual || !list) return;
    setGap(parseFloat(getComputedStyle(list).rowGap) || 0);
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = viewOf(list);
      setView((v) => (v.start === next.start && v.end === next.end ? v : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    // Capture: scroll events do not bubble, and the sidebar or the page may be what scrolls.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [virtual]);

  const pinned = pinnedId ? records.findIndex((r) => r.id === pinnedId) : -1;
  // Where each card starts: worked out again only when a card's height or the list changes.
  // A card not drawn yet counts as the average of those drawn: the list's length then hardly
  // changes as cards are measured, so a scroll to its end stays at its end.
  const tops = useMemo(() => {
    if (!virtual) return null;
    let sum = 0;
    for (const height of heights.values()) sum += height;
    const estimate = heights.size > 0 ? sum / heights.size : ESTIMATED_HEIGHT;
    return listLayout(records.length, (i) => heights.get(records[i]?.id ?? '') ?? estimate, gap);
  }, [virtual, records, heights, gap]);
  const focused = virtual && focusedId ? records.findIndex((r) => r.id === focusedId) : -1;
  const range = tops
    ? virtualWindow({
        tops,
        viewStart: view.start,
        viewEnd: view.end,
        overscan: OVERSCAN,
        pinned,
        focused,
      })
    : { first: 0, last: records.length - 1, before: 0, after: 0 };
  // The card holding focus, scrolled away from, stays drawn where it is (a spacer keeps the
  // distance to the drawn run), so focus and the screen reader's place are not lost with it.
  const stray = tops ? strayItem(tops, range, focused, gap) : null;

  // Drawn cards are measured, so the spacers match what scrolling past them would show.
  const { first, last } = range;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!virtual || !list) return;
    const measured: [string, number][] = [];
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li[data-key]')) {
      const height = item.getBoundingClientRect().height;
      const key = item.dataset.key ?? '';
      if (height > 0) measured.push([key, height]);
    }
    setHeights((known) =>
      measured.every(([key, height]) => known.get(key) === height)
        ? known
        : new Map([...known, ...measured]),
    );
  }, [virtual, records, first, last, pinnedId]);

  // The card being edited, drawn out of the view's window, is brought into view.
  useLayoutEffect(() => {
    if (!virtual || !pinnedId) return;
    const item = listRef.current?.querySelector(`:scope > li[data-key="${CSS.escape(pinnedId)}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [virtual, pinnedId]);

  const item = (record: AnnotationRecord, index: number) => (
    <li
      key={record.id}
      data-key={virtual ? record.id : undefined}
      aria-setsize={virtual ? records.length : undefined}
      aria-posinset={virtual ? index + 1 : undefined}
    >
      {renderItem(record)}
    </li>
  );
  const { before, after } = stray ?? range;
  return (
    <ol
      ref={listRef}
      className="notes__list"
      onFocus={
        virtual
          ? (e) =>
              setFocusedId(
                (e.target as Element).closest<HTMLElement>('li[data-key]')?.dataset.key ?? null,
              )
          : undefined
      }
      // Only when focus leaves the list: from card to card, the next card's focus says where.
      onBlur={
        virtual
          ? (e) => {
              if (!e.currentTarget.contains(e.relatedTarget)) setFocusedId(null);
            }
          : undefined
      }
      style={virtual ? { paddingBlockStart: before, paddingBlockEnd: after } : undefined}
    >
      {/* One array: a card keeps its element (and focus) as it moves in and out of the run. */}
      {drawOrder(range, stray).map((index) =>
        index === 'spacer' ? (
          <li
            key="spacer"
            aria-hidden="true"
            className="notes__spacer"
            style={{ blockSize: stray?.spacer ?? 0 }}
          />
        ) : (
          item(records[index] as AnnotationRecord, index)
        ),
      )}
    </ol>
  );
}
