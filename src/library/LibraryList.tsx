import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { drawOrder, listLayout, strayItem, virtualWindow } from '../notes/virtual-window';
import type { LibraryItem } from './library-item';
import { LibraryItemRow } from './LibraryItemRow';

/** Up to this many articles the list is drawn whole; past it, only what is on screen. */
export const LIBRARY_WINDOW_FROM = 100;
/** An article's height before it has been drawn (a title line and a line of facts). */
const ESTIMATED_HEIGHT = 96;
/** Articles drawn beyond each edge of the view: Tab finds the next one there. */
const OVERSCAN = 8;

interface View {
  start: number;
  end: number;
}

/** The stretch of the list inside the window, in pixels from the list's top. */
function viewOf(list: HTMLElement): View {
  const box = list.getBoundingClientRect();
  return { start: Math.round(-box.top), end: Math.round(window.innerHeight - box.top) };
}

export interface LibraryListProps {
  /** Accessible name of the list ("Articles"). */
  label: string;
  /** The articles in the order shown. */
  items: readonly LibraryItem[];
  documentHref: (id: string) => string;
  onOpen: (id: string) => void;
  /** Null while the library cannot be changed: no Delete buttons. */
  onDelete: ((item: LibraryItem) => void) | null;
}

/**
 * The library's list "Articles". Past {@link LIBRARY_WINDOW_FROM} articles only those on screen
 * (and a few each side, and around the one holding focus) are in the page, the others' space
 * kept by the list's padding so the scroll bar stays true; each drawn item says its place
 * (`aria-posinset` of `aria-setsize`). The window's arithmetic is the notes list's
 * (`notes/virtual-window`).
 */
export function LibraryList({ label, items, documentHref, onOpen, onDelete }: LibraryListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState<View>({ start: 0, end: 1000 });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const windowed = items.length > LIBRARY_WINDOW_FROM;

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
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
    // Capture: scroll events do not bubble, and whatever holds the page may be what scrolls.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [windowed]);

  // Where each article starts; one not drawn yet counts as the average of those drawn.
  const tops = useMemo(() => {
    if (!windowed) return null;
    let sum = 0;
    for (const height of heights.values()) sum += height;
    const estimate = heights.size > 0 ? sum / heights.size : ESTIMATED_HEIGHT;
    return listLayout(items.length, (i) => heights.get(items[i]?.id ?? '') ?? estimate, 0);
  }, [windowed, items, heights]);
  const focused = focusedId ? items.findIndex((item) => item.id === focusedId) : -1;
  const range = tops
    ? virtualWindow({
        tops,
        viewStart: view.start,
        viewEnd: view.end,
        overscan: OVERSCAN,
        pinned: -1,
        // The ones around the article holding focus are drawn with it (Tab onto the last one
        // drawn finds the next), and scrolled away from, it stays drawn where it is.
        focused,
      })
    : { first: 0, last: items.length - 1, before: 0, after: 0 };
  const stray = tops ? strayItem(tops, range, focused, 0) : null;

  // Drawn articles are measured, so the padding matches what scrolling past them would show.
  const { first, last } = range;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const measured: [string, number][] = [];
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li[data-key]')) {
      const height = item.getBoundingClientRect().height;
      if (height > 0) measured.push([item.dataset.key ?? '', height]);
    }
    setHeights((known) =>
      measured.every(([key, height]) => known.get(key) === height)
        ? known
        : new Map([...known, ...measured]),
    );
  }, [windowed, items, first, last]);

  const row = (index: number) => {
    const item = items[index] as LibraryItem;
    return (
      <LibraryItemRow
        key={item.id}
        item={item}
        href={documentHref(item.id)}
        onOpen={onOpen}
        onDelete={onDelete}
        posInSet={windowed ? index + 1 : undefined}
        setSize={windowed ? items.length : undefined}
      />
    );
  };
  const { before, after } = stray ?? range;
  return (
    <ul
      ref={listRef}
      className="library__list"
      aria-label={label}
      onFocus={
        windowed
          ? (e) =>
              setFocusedId(
                (e.target as Element).closest<HTMLElement>('li[data-key]')?.dataset.key ?? null,
              )
          : undefined
      }
      // Only when focus leaves the list: from item to item, the next one's focus says where.
      onBlur={
        windowed
          ? (e) => {
              if (!e.currentTarget.contains(e.relatedTarget)) setFocusedId(null);
            }
          : undefined
      }
      style={windowed ? { paddingBlockStart: before, paddingBlockEnd: after } : undefined}
    >
      {/* One array: a row keeps its element (and focus) as it moves in and out of the run. */}
      {drawOrder(range, stray).map((index) =>
        index === 'spacer' ? (
          <li key="spacer" aria-hidden="true" style={{ blockSize: stray?.spacer ?? 0 }} />
        ) : (
          row(index)
        ),
      )}
    </ul>
  );
}
