import type { AnchorResult } from '../anchoring/selectors';
import type { ResolvedEvent } from './resolve-events';
import type { Timeline } from './timeline-schema';

/** A resolved event as the build writes it: id, range (-1, -1 when not found), status. */
export type StoredResolution = readonly [
  id: string,
  start: number,
  end: number,
  status: AnchorResult['status'],
];

/** The built-in timeline resolved in the built-in text, keyed by both fingerprints. */
export interface StoredTimelineResolution {
  /** `textFingerprint` of `JSON.stringify` of the timeline file. */
  timeline: number;
  /** `textFingerprint` of the canonical text it was resolved in. */
  text: number;
  events: StoredResolution[];
}

/** `resolved` in the compact form the build writes. */
export function toStored(resolved: readonly ResolvedEvent[]): StoredResolution[] {
  return resolved.map(({ event, range, status }) => [
    event.id,
    range?.start ?? -1,
    range?.end ?? -1,
    status,
  ]);
}

/**
 * The resolved events back from their stored form, with `timeline`'s own event objects; null
 * when the stored list names an event the timeline does not have (then it is not this file).
 */
export function fromStored(
  timeline: Timeline,
  stored: readonly StoredResolution[],
): ResolvedEvent[] | null {
  const events = new Map(timeline.events.map((e) => [e.id, e]));
  const resolved: ResolvedEvent[] = [];
  for (const [id, start, end, status] of stored) {
    const event = events.get(id);
    if (!event) return null;
    resolved.push({ event, range: start < 0 ? null : { start, end }, status });
  }
  return resolved;
}
