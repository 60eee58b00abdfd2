/** The phases of an import, in order: reading the file, checking (and anchoring) its items, saving. */
export type ImportPhase = 'reading' | 'checking' | 'saving';

/**
 * Progress an import's reading steps yield between units of work (the shape of the task module's
 * TaskProgress): `reading` while the file is parsed (no count), then `checking` with items done.
 */
export interface ImportStep {
  phase: ImportPhase;
  done: number;
  total: number | null;
}

/** Runs a generator of import steps to its end at once and returns its result. */
export function finishSteps<Result>(steps: Generator<ImportStep, Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
