// The curated timelines the build checked, and their events resolved in the built-in text
// (vite.config.ts, `checkedTimelines`).
declare module 'virtual:checked-timelines' {
  import type { StoredTimelineResolution } from './stored-resolution';

  const fingerprints: readonly number[];
  export default fingerprints;
  export const resolutions: readonly StoredTimelineResolution[];
}
