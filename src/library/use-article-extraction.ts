import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractResult } from './extract/extracted-article';
import type { AddArticleError, AddArticleInput } from './add-article-input';

/** The extraction of the dialog's current input. */
export type Extraction =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'done'; result: Extract<ExtractResult, { ok: true }> }
  | { status: 'failed'; error: AddArticleError };

/** How long typing may pause before the text is read, in milliseconds. */
const TYPING_DELAY_MS = 300;

type Outcome = Exclude<Extraction, { status: 'idle' | 'reading' }>;

// The extractors (Readability, the Markdown parser) load on first use, never with the app.
async function extract(input: AddArticleInput): Promise<Outcome> {
  try {
    if (input.kind === 'file') {
      // Size and type are refused before a byte is read, so a 2 GB video costs nothing.
      const { checkFile } = await import('./extract/check-article-input');
      const check = checkFile(input.file);
      if (!check.ok) return { status: 'failed', error: check.error };
      const { readArticleFile } = await import('./extract/read-article-file');
      return settle(await readArticleFile(input.file));
    }
    const { extractArticle } = await import('./extract/extract-article');
    return settle(
      await extractArticle(
        input.html
          ? { kind: 'paste-html', text: input.html }
          : { kind: 'paste-text', text: input.text },
      ),
    );
  } catch {
    // The file vanished or cannot be read (or a chunk failed to load): nothing to show.
    return { status: 'failed', error: 'read-failed' };
  }
}

const settle = (result: ExtractResult): Outcome =>
  result.ok ? { status: 'done', result } : { status: 'failed', error: result.error };

/**
 * Extracts the dialog's input whenever it changes: at once for a paste or a file, after a
 * pause for typing. An older input's late result never replaces a newer one. `settled()`
 * resolves with the current input's outcome (reading it now if typing is still pending), for
 * Save.
 */
export function useArticleExtraction(input: AddArticleInput | null, typed: boolean) {
  const [finished, setFinished] = useState<{ input: AddArticleInput; outcome: Outcome } | null>(
    null,
  );
  const latest = useRef<{ input: AddArticleInput | null; promise: Promise<Outcome> | null }>({
    input: null,
    promise: null,
  });

  const start = useCallback((next: AddArticleInput) => {
    const promise = extract(next);
    latest.current = { input: next, promise };
    void promise.then((outcome) => {
      if (latest.current.promise === promise) setFinished({ input: next, outcome });
    });
    return promise;
  }, []);

  useEffect(() => {
    if (!input || latest.current.input === input) return;
    if (!typed) {
      start(input);
      return;
    }
    const timer = window.setTimeout(() => start(input), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, typed, start]);

  const settled = useCallback(async (): Promise<Outcome> => {
    if (!input) return { status: 'failed', error: 'no-input' };
    if (latest.current.input === input && latest.current.promise) return latest.current.promise;
    return start(input);
  }, [input, start]);

  const extraction: Extraction = !input
    ? { status: 'idle' }
    : finished?.input === input
      ? finished.outcome
      : { status: 'reading' };
  return { extraction, settled };
}
