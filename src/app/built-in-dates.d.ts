// The built-in article's dates, found at build time by vite.config.ts (`builtInDates`) with
// the same extractor the app runs: a first visit marks them without loading the extractor.
declare module 'virtual:built-in-dates' {
  import type { PrecomputedDates } from './precomputed-dates';

  const precomputed: PrecomputedDates;
  export default precomputed;
}
