import type { AnnotationTarget, TextRange } from '../anchoring/selectors';

/**
 * The parts of an annotation the timeline reads; a storage `AnnotationRecord` fits. Declared
 * here because this pure folder may not import from storage.
 */
export interface NoteLike {
  id: string;
  /** Plain text, empty when the highlight has no note. */
  note: string;
  target: AnnotationTarget;
}

/** An annotation and where it is in the canonical text (UTF-16 offsets, half-open). */
export interface AnchoredNote {
  record: NoteLike;
  start: number;
  end: number;
}

/** What the timeline shows of the annotations made on one event's passage. */
export interface EventNotes {
  /** Annotations whose range overlaps the passage. */
  count: number;
  /** Up to {@link MAX_EXCERPTS} short texts, in the order given: the note, or the quote if empty. */
  excerpts: string[];
  /** Ids of those annotations, so the notes sidebar can filter by event. */
  ids: Set<string>;
}

/** Excerpts kept per event. */
export const MAX_EXCERPTS = 2;
/** Longest excerpt, in UTF-16 code units, before it is cut at a word and given an ellipsis. */
export const MAX_EXCERPT_LENGTH = 120;

/**
 * Groups annotations by the timeline events whose passages they overlap (half-open ranges that
 * share at least one character; touching ends do not count). One annotation can belong to
 * several events. Events without a range (passage not found) and events without annotations
 * get no entry. Pure; `anchored` is read in the order given (callers pass reading order).
 */
export function notesByEvent(
  events: readonly { event: { id: string }; range: TextRange | null }[],
  anchored: readonly AnchoredNote[],
): Map<string, EventNotes> {
  const out = new Map<string, EventNotes>();
  // In reading order (as callers pass them), an event looks only at the annotations that start
  // between its own start less the longest annotation and its end: with 20,000 annotations,
  // a pass over all of them per event was most of this at start-up.
  let sorted = true;
  let longest = 0;
  anchored.forEach((a, i) => {
    longest = Math.max(longest, a.end - a.start);
    if (i > 0 && (anchored[i - 1] as AnchoredNote).start > a.start) sorted = false;
  });
  const firstFrom = (offset: number) => (sorted ? firstStartingAt(anchored, offset) : 0);
  for (const { event, range } of events) {
    if (!range) continue;
    const until = sorted ? firstStartingAt(anchored, range.end) : anchored.length;
    // One entry per event, looked up once (20,000 annotations make this loop hot at start-up).
    let entry: EventNotes | null = null;
    for (let i = firstFrom(range.start - longest + 1); i < until; i++) {
      const a = anchored[i] as AnchoredNote;
      if (!(a.start < range.end && range.start < a.end)) continue;
      if (!entry) {
        entry = { count: 0, excerpts: [], ids: new Set() };
        out.set(event.id, entry);
      }
      // One hash per annotation: a record listed twice is counted once.
      const before = entry.ids.size;
      entry.ids.add(a.record.id);
      if (entry.ids.size === before) continue;
      entry.count += 1;
      if (entry.excerpts.length < MAX_EXCERPTS) entry.excerpts.push(excerpt(a.record));
    }
  }
  return out;
}

/** Index of the first of `anchored` (sorted by start) starting at `offset` or later. */
function firstStartingAt(anchored: readonly AnchoredNote[], offset: number): number {
  let lo = 0;
  let hi = anchored.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((anchored[mid] as AnchoredNote).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The note if there is one, else the highlighted quote, cut short at a word boundary. */
export function excerpt(record: NoteLike): string {
  const text = (record.note.trim() || record.target.quote.exact).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_EXCERPT_LENGTH) return text;
  const cut = text.slice(0, MAX_EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  // A word longer than half the budget is cut mid-word rather than dropped.
  return `${(space > MAX_EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
