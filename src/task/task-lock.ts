/** Frees what {@link TaskLock.acquire} took; calling it twice is harmless. */
export type Release = () => void;

/** Lets one long task run at a time. */
export interface TaskLock {
  /** The release of a newly taken lock, or null when a task already holds it. */
  acquire(): Release | null;
  /** Whether a task holds the lock now. */
  readonly busy: boolean;
}

/** A lock that one task at a time may hold. */
export function createTaskLock(): TaskLock {
  let holder: symbol | null = null;
  return {
    acquire() {
      if (holder !== null) return null;
      const mine = Symbol('task');
      holder = mine;
      return () => {
        if (holder === mine) holder = null;
      };
    },
    get busy() {
      return holder !== null;
    },
  };
}

/**
 * The tab's one lock for long work on the store (an import; later a library backup or
 * restore): a second one started meanwhile is refused with a message, never queued silently.
 */
export const longTaskLock: TaskLock = createTaskLock();
