import type { Timeline, TimelineEvent } from './timeline-schema';

/** A timeline split the way the sidebar shows it. */
export interface EventSequence {
  /** Events and statements, dated and undated together, by `order`. */
  main: TimelineEvent[];
  /** Background items (`kind: 'context'`), by `order`, shown apart. */
  context: TimelineEvent[];
}

/**
 * Splits a timeline into its main sequence and its context items, each sorted by `order`.
 * Dates do not decide the order: an undated event has no date to sort by, and the file's
 * `order` already places every event in the narrative. Does not mutate its input.
 */
export function sequenceEvents(timeline: Timeline): EventSequence {
  const byOrder = [...timeline.events].sort((a, b) => a.order - b.order);
  return {
    main: byOrder.filter((e) => e.kind !== 'context'),
    context: byOrder.filter((e) => e.kind === 'context'),
  };
}
