import { parseTimeline } from '../../../src/timeline/parse-timeline';
import type { Timeline } from '../../../src/timeline/timeline-schema';
import { seedTimelineJson } from './parse-timeline-cases';

/** The real seed timeline, validated; throws if it no longer validates (a test failure). */
export function realTimeline(): Timeline {
  const result = parseTimeline(seedTimelineJson());
  if (!result.ok) throw new Error(`seed timeline does not parse: ${result.detail}`);
  return result.timeline;
}
