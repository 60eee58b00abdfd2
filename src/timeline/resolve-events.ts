import { createAnchorer } from '../anchoring/anchor';
import type { AnchorResult, TextRange } from '../anchoring/selectors';
import type { Timeline, TimelineEvent } from './timeline-schema';

/** A timeline event and where its supporting passage is in the text. */
export interface ResolvedEvent {
  event: TimelineEvent;
  /** UTF-16 range in the text, or null: "passage not found" (never a guess). */
  range: TextRange | null;
  /** How the passage was found; `orphan` exactly when `range` is null. */
  status: AnchorResult['status'];
}

/**
 * Anchors every event's quote in `text` (the article's canonical text) with the same anchoring
 * as highlights: exact quote, then prefix/suffix context, then fuzzy. Events come back in the
 * timeline's order. Pure; never throws.
 */
export function resolveEvents(timeline: Timeline, text: string): ResolvedEvent[] {
  const anchorer = createAnchorer(text);
  return timeline.events.map((event) => {
    const found = anchorer.anchor({ quote: event.anchor });
    if (found.status === 'orphan') return { event, range: null, status: found.status };
    return { event, range: { start: found.start, end: found.end }, status: found.status };
  });
}
