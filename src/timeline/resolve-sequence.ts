import type { ResolvedEvent } from './resolve-events';
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
 * Orders a timeline's resolved events for the sidebar (an event missing from `resolved` is
 * left out). Pure, and without the anchoring: the built-in timeline's events are resolved at
 * build time (`virtual:checked-timelines`), any other's by `resolveEvents`, loaded when needed.
 */
export function sequenceResolved(
  timeline: Timeline,
  resolved: readonly ResolvedEvent[],
): ResolvedSequence {
  const byId = new Map(resolved.map((r) => [r.event.id, r]));
  const pick = (events: Timeline['events']) =>
    events.flatMap((e) => {
      const r = byId.get(e.id);
      return r ? [r] : [];
    });
  const { main, context } = sequenceEvents(timeline);
  return { main: pick(main), context: pick(context) };
}
