import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { EventItem } from './EventItem';
import type { DateFormatOptions } from './format-event-date';
import type { ResolvedEvent } from './resolve-events';

/** What every list of events in the panel shares. */
export interface EventListShared {
  currentEventId: string | null;
  onActivate: (eventId: string) => void;
  notesByEvent: ReadonlyMap<string, { count: number; excerpts: string[] }>;
  onShowNotes?: (eventId: string) => void;
  options: DateFormatOptions;
}

interface EventListProps extends EventListShared {
  /** The list's accessible name. */
  label: string;
  entries: ResolvedEvent[];
  /** Days since the previous dated event, per entry (see `gapsBefore`); none for context items. */
  gaps?: (number | null)[];
  /** Said of an event whose passage is not found (see EventItem). */
  missingLabel?: string;
  /** The date of an event as written for the reader, when the caller words it. */
  dateText?: (eventId: string) => string | null;
  /** Controls drawn in each event's item, by event id and its title's element id. */
  actions?: (eventId: string, titleId: string) => ReactNode;
}

const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
type Move = (typeof MOVES)[number];

/**
 * An ordered list of events that is one tab stop (roving tabindex): Up/Down move between
 * events, Home/End jump to the ends. Tab enters on the current event, or the one last focused.
 */
export function EventList({
  label,
  entries,
  gaps,
  missingLabel,
  dateText,
  actions,
  ...shared
}: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const ids = entries.map((e) => e.event.id);
  // The tab stop is the event last focused, until the reader's position moves on: then it
  // follows the current event, so Tab from the article lands where they are reading.
  const [rover, setRover] = useState({ id: shared.currentEventId, current: shared.currentEventId });
  const current = shared.currentEventId;
  if (rover.current !== current) {
    setRover({ id: current !== null && ids.includes(current) ? current : rover.id, current });
  }
  const setFocusedId = (id: string) => setRover((r) => ({ ...r, id }));
  const tabbableId = rover.id !== null && ids.includes(rover.id) ? rover.id : ids[0];

  const button = (id: string) =>
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-event-id="${id}"]`);

  const navigate = (from: string, e: KeyboardEvent) => {
    const move = MOVES.find((m) => m === e.key);
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const next = ids[target(move, ids.indexOf(from), ids.length)];
    if (next === undefined) return;
    setFocusedId(next);
    button(next)?.focus();
  };

  // While the reader is elsewhere, keep the current event visible in a scrolling sidebar.
  const revealCurrent = useEffectEvent(() => {
    const list = listRef.current;
    if (!current || !list || list.contains(document.activeElement)) return;
    const item = list.querySelector(`button[data-event-id="${current}"]`)?.closest('li');
    if (item) revealWithinScroller(item);
  });
  useEffect(() => revealCurrent(), [current]);
  // A closed drawer (display: none) has no layout to scroll, so the reveal above does nothing
  // while it is shut; do it again each time the list comes into view.
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver !== 'function') return;
    let shown = false;
    const observer = new ResizeObserver(([entry]) => {
      const visible = (entry?.contentRect.height ?? 0) > 0;
      if (visible && !shown) revealCurrent();
      shown = visible;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  return (
    <ol ref={listRef} className="timeline__list" aria-label={label}>
      {entries.map((entry, i) => (
        <EventItem
          key={entry.event.id}
          entry={entry}
          gap={gaps?.[i] ?? null}
          current={entry.event.id === shared.currentEventId}
          tabbable={entry.event.id === tabbableId}
          onFocus={() => setFocusedId(entry.event.id)}
          onNavigate={(e) => navigate(entry.event.id, e)}
          notes={shared.notesByEvent.get(entry.event.id)}
          onActivate={shared.onActivate}
          onShowNotes={shared.onShowNotes}
          options={shared.options}
          missingLabel={missingLabel}
          dateLabel={dateText?.(entry.event.id)}
          actions={actions && ((titleId) => actions(entry.event.id, titleId))}
        />
      ))}
    </ol>
  );
}

function target(move: Move, from: number, length: number): number {
  switch (move) {
    case 'ArrowDown':
      return Math.min(from + 1, length - 1);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
  }
}

/**
 * Scrolls the nearest scrolling ancestor just enough to show `element`. Never the page itself:
 * moving the article under the reader while they read would lose their place.
 */
function revealWithinScroller(element: Element): void {
  let scroller = element.parentElement;
  while (scroller && scroller !== document.body) {
    const { overflowY } = getComputedStyle(scroller);
    if (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      scroller.scrollHeight > scroller.clientHeight
    ) {
      break;
    }
    scroller = scroller.parentElement;
  }
  if (!scroller || scroller === document.body) return;
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top < box.top) scroller.scrollTop -= box.top - rect.top;
  else if (rect.bottom > box.bottom)
    scroller.scrollTop += Math.min(rect.bottom - box.bottom, rect.top - box.top);
}
