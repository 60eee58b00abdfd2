import { useEffect } from 'react';
import type { AnnotationRecord } from '../storage/annotation-record';
import { prepareSearch } from './filter-annotations';

/** Records normalised per idle slice: each slice stays well under a frame. */
const SLICE = 1000;

/**
 * Prepares the notes search for `records` in idle time, a slice at a time, so that with
 * thousands of notes the first keystroke does not normalise them all.
 */
export function usePreparedSearch(records: readonly AnnotationRecord[]): void {
  useEffect(() => {
    const idle =
      window.requestIdleCallback?.bind(window) ??
      ((run: () => void) => window.setTimeout(run, 50) as unknown as number);
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    let from = 0;
    let handle = 0;
    const step = () => {
      prepareSearch(records.slice(from, from + SLICE));
      from += SLICE;
      if (from < records.length) handle = idle(step);
    };
    if (records.length > 0) handle = idle(step);
    return () => cancel(handle);
  }, [records]);
}
