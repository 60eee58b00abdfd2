/**
 * How far a long piece of work (an import, later a library backup or restore) has gone: the
 * phase it is in and, when it can count, how many of how many units are done. Pure data, so a
 * worker can post it and a test can build it.
 */
export interface TaskProgress<Phase extends string = string> {
  phase: Phase;
  /** Units done in this phase (items checked, records saved); 0 when it cannot count. */
  done: number;
  /** Units this phase will do; null while unknown (the bar is then indeterminate). */
  total: number | null;
}

/** Done as a fraction 0..1, or null when the total is unknown. A total of 0 counts as done. */
export function progressFraction(progress: TaskProgress): number | null {
  if (progress.total === null) return null;
  if (progress.total <= 0) return 1;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

/** How many times a phase is announced to screen readers between its start and its end. */
export const ANNOUNCED_STEPS = 4;

/**
 * A key that changes only when the progress is worth saying aloud: a new phase, or the next
 * quarter of it (0, 25, 50, 75 %; 100 % is the outcome, announced by whoever ends the task).
 * A polite live region fed only when this key changes speaks five times per phase at most,
 * however often the bar itself moves.
 */
export function announcementKey(progress: TaskProgress): string {
  const fraction = progressFraction(progress);
  const step =
    fraction === null ? 0 : Math.min(ANNOUNCED_STEPS - 1, Math.floor(fraction * ANNOUNCED_STEPS));
  return `${progress.phase}:${step}`;
}
