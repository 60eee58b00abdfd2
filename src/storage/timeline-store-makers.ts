import { createDexieTimelineStore } from './dexie-timeline-backend';
import { createMemoryTimelineStore } from './memory-timeline-backend';
import type { TimelineStoreMakers } from './open-store';

/**
 * The timeline's two engines, loaded together by the first document timeline shown (see
 * `OpenedStore.openTimeline`), never with the first screen.
 */
export const timelineStoreMakers: TimelineStoreMakers = {
  onDatabase: createDexieTimelineStore,
  inMemory: createMemoryTimelineStore,
};
