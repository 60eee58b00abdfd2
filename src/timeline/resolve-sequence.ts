import { resolveEvents, type ResolvedEvent } from './resolve-events';
import { sequenceEvents } from './sequence-events';
import type { Timeline } from './timeline-schema';

/** Resolved events split the way the sidebar shows them (see `sequenceEvents`). */
export interface ResolvedSequence {
  /** Events and statements by `order`, each with its passage or null. */
  main: ResolvedEvent[];
  /** Background items by `order`. */
  context: ResolvedEvent[];
}

/**
 * Anchors every event in `text` (the canonical article text) and orders them for the sidebar.
 * Pure; never throws.
 */
export function resolveSequence(timeline: Timeline, text: string): ResolvedSequence {
  const byId = new Map(resolveEvents(timeline, text).map((r) => [r.event.id, r]));
  const pick = (events: Timeline['events']) =>
    events.flatMap((e) => {
      const r = byId.get(e.id);
      return r ? [r] : [];
    });
  const { main, context } = sequenceEvents(timeline);
  return { main: pick(main), context: pick(context) };
}
