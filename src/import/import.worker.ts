/**
 * The import worker: reads a chosen file, parses and checks it and anchors its items off the
 * page's thread (see `import-worker-protocol.ts` for the messages). Loaded from the app's own
 * origin (CSP `worker-src 'self'`) and precached with the other scripts, so it works offline.
 */
import { importFileSteps } from './import-file';
import type { ImportMessage, ImportRequest } from './import-worker-protocol';
import { CANDIDATE_BATCH, PROGRESS_EVERY_MS } from './import-worker-protocol';

const post = (message: ImportMessage) =>
  (self as unknown as { postMessage(message: ImportMessage): void }).postMessage(message);

async function read({ file, name, type, size, doc, options }: ImportRequest): Promise<void> {
  post({ kind: 'progress', step: { phase: 'reading', done: 0, total: null } });
  let text: string;
  try {
    text = await file.text();
  } catch {
    post({ kind: 'failed' });
    return;
  }
  const steps = importFileSteps({ text, name, type, size }, doc, options);
  let reported = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      const result = next.value;
      if (!result.ok) {
        post({ kind: 'refused', error: result.error });
        return;
      }
      for (let from = 0; from < result.candidates.length; from += CANDIDATE_BATCH) {
        post({
          kind: 'candidates',
          records: result.candidates.slice(from, from + CANDIDATE_BATCH),
        });
      }
      post({ kind: 'done', format: result.format, rejected: result.rejected });
      return;
    }
    const now = performance.now();
    if (now - reported >= PROGRESS_EVERY_MS || next.value.done === next.value.total) {
      reported = now;
      post({ kind: 'progress', step: next.value });
    }
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  read(event.data).catch(() => post({ kind: 'failed' }));
};
