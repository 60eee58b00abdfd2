import { useEffect } from 'react';
import type { AnnotationRecord } from '../storage/annotation-record';
import { prepareSearch } from './filter-annotations';

/** Records normalised between two looks at the idle deadline. */
const STEP = 100;

/**
 * Prepares the notes search for `records` in idle time, as much as each idle period allows
 * (a step at a time, so it yields as soon as the browser has work), so that with thousands of
 * notes the first keystroke does not normalise them all.
 */
export function usePreparedSearch(records: readonly AnnotationRecord[]): void {
  useEffect(() => {
    const idle =
      window.requestIdleCallback?.bind(window) ??
      ((run: (deadline: IdleDeadline) => void) =>
        window.setTimeout(() => {
          // Where the browser has no idle callbacks: a few milliseconds at a time.
          const end = performance.now() + 8;
          run({ didTimeout: false, timeRemaining: () => end - performance.now() });
        }, 50));
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    let from = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      do {
        prepareSearch(records.slice(from, from + STEP));
        from += STEP;
      } while (from < records.length && deadline.timeRemaining() > 1);
      if (from < records.length) handle = idle(step);
    };
    if (records.length > 0) handle = idle(step);
    return () => cancel(handle);
  }, [records]);
}
