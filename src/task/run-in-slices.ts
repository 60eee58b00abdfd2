import type { TaskProgress } from './task-progress';

/** How long one slice of work may run on the main thread before it lets the page respond. */
export const SLICE_MS = 12;

/** The reason a cancelled task rejects with (a DOMException named AbortError). */
export function cancelledError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

/** True when `error` is the rejection of a cancelled task (any AbortError). */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, so the browser can paint and handle input first: `scheduler.yield()`
 * where there is one (it keeps the task's priority), else a message on a fresh channel (a
 * timer would be clamped to 4 ms and more in a background tab).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** What {@link runInSlices} is told by its caller. */
export interface SliceOptions<Progress> {
  /** Aborting it makes the run reject with {@link cancelledError} at the next slice. */
  signal?: AbortSignal;
  /** Called with the latest progress once per slice (not per step). */
  onProgress?: (progress: Progress) => void;
  /** Milliseconds per slice; {@link SLICE_MS} by default. */
  sliceMs?: number;
}

/**
 * Runs `steps` (a generator that yields its progress between small units of work and returns
 * its result) on the main thread in slices of about `sliceMs`, yielding to the event loop
 * between them, so no task is long. Resolves with what the generator returns; rejects with an
 * AbortError when `signal` is aborted (the generator is closed) or with what the generator throws.
 */
export async function runInSlices<Progress extends TaskProgress, Result>(
  steps: Generator<Progress, Result>,
  { signal, onProgress, sliceMs = SLICE_MS }: SliceOptions<Progress> = {},
): Promise<Result> {
  try {
    for (;;) {
      if (signal?.aborted) throw cancelledError();
      const sliceEnd = performance.now() + sliceMs;
      let latest: Progress | null = null;
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        latest = next.value;
        if (performance.now() >= sliceEnd) break;
      }
      if (latest) onProgress?.(latest);
      await yieldToMain();
    }
  } finally {
    steps.return(undefined as Result);
  }
}
