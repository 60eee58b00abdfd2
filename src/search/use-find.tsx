import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { TextRange } from '../anchoring/selectors';
import { createSearchIndex } from './find-in-text';
import { hitAtOrAfter, stepHit, type FindDirection } from './find-navigation';
import { findStatus, type FindStatus } from './find-status';

/** Most hits a search reports (the status then says "1000+"); bounds the work per keystroke. */
export const FIND_LIMIT = 1000;

const NO_HITS: TextRange[] = [];

/** The state of the find bar, shared by the bar, its button, its shortcut and the article. */
export interface Find {
  open: boolean;
  /** Opening (even when already open) also asks the bar to focus its box and select the query. */
  setOpen(open: boolean): void;
  /** What is typed in the box. */
  query: string;
  setQuery(query: string): void;
  /**
   * Hits of the query in the text (UTF-16 ranges, reading order, at most {@link FIND_LIMIT});
   * empty while the bar is closed. They follow `query` a render behind while typing.
   */
  hits: TextRange[];
  /** Index of the current hit in `hits`; -1 when there are none. */
  current: number;
  /** Moves to the next hit in reading order, wrapping round. */
  next(): void;
  /** Moves to the previous hit in reading order, wrapping round. */
  previous(): void;
  /**
   * The current hit of the query as typed, even while `hits` is still a render behind (Escape
   * pressed right after the last key selects that query's hit, not the previous one's).
   */
  currentHit(): TextRange | null;
  /** The status line, as a code (for the hits shown, not the query still being typed). */
  status: FindStatus;
  /** Goes up on every `setOpen(true)`: the bar focuses its box when it changes. */
  focusRequest: number;
  /** Element ids of the bar and its box (for `aria-controls` and focus checks). */
  ids: { bar: string; input: string };
}

/**
 * In-article find over `text` (the canonical text). The text is normalised once per `text`;
 * each keystroke only scans it, deferred (`useDeferredValue`) so typing stays responsive while
 * the hits are drawn. After the query changes, the current hit is the first one at or after
 * the previous current hit, so refining a query does not jump back to the top.
 */
export function useFind(text: string): Find {
  const index = useMemo(() => createSearchIndex(text), [text]);
  const [open, setOpenState] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [query, setQuery] = useState('');
  // Where the current hit is, as a text offset: it survives the hit list being replaced.
  const [anchor, setAnchor] = useState(0);
  const searched = useDeferredValue(open ? query : '');
  const found = useMemo(
    () => index.findAll(searched, { limit: FIND_LIMIT + 1 }),
    [index, searched],
  );
  const capped = found.length > FIND_LIMIT;
  const hits = useMemo(
    () => (!open ? NO_HITS : capped ? found.slice(0, FIND_LIMIT) : found),
    [open, capped, found],
  );
  const current = hitAtOrAfter(hits, anchor);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (next) setFocusRequest((n) => n + 1);
  }, []);
  // A key typed right after the query (Enter, Escape) may beat the deferred search: it acts
  // on the query's own hits, not the previous query's (or none).
  const liveHits = useCallback(
    () => (query === searched ? hits : index.findAll(query, { limit: FIND_LIMIT })),
    [query, searched, hits, index],
  );
  const step = useCallback(
    (direction: FindDirection) => {
      if (!open) return;
      const list = liveHits();
      const to = list[stepHit(hitAtOrAfter(list, anchor), list.length, direction)];
      if (to) setAnchor(to.start);
    },
    [open, liveHits, anchor],
  );
  const next = useCallback(() => step('next'), [step]);
  const previous = useCallback(() => step('previous'), [step]);
  const currentHit = useCallback(() => {
    if (!open) return null;
    const list = liveHits();
    return list[hitAtOrAfter(list, anchor)] ?? null;
  }, [open, liveHits, anchor]);

  const barId = useId();
  const inputId = useId();
  const ids = useMemo(() => ({ bar: barId, input: inputId }), [barId, inputId]);
  const status = useMemo(
    () => findStatus(searched, hits.length, current, capped && open),
    [searched, hits.length, current, capped, open],
  );

  // One object per change, so components that take `find` as a prop can be memoised.
  return useMemo(
    () => ({
      open,
      setOpen,
      query,
      setQuery,
      hits,
      current,
      next,
      previous,
      currentHit,
      status,
      focusRequest,
      ids,
    }),
    [open, setOpen, query, hits, current, next, previous, currentHit, status, focusRequest, ids],
  );
}
