// Fingerprints of the curated timelines the build checked (vite.config.ts, `checkedTimelines`).
declare module 'virtual:checked-timelines' {
  const fingerprints: readonly number[];
  export default fingerprints;
}
