import type { ArticleDocument } from '../document/article-document';
import { cancelledError, runInSlices } from '../task/run-in-slices';
import { importFileSteps } from './import-file';
import { planImport } from './import-plan';
import type { ImportPreview } from './import-preview';
import type { ImportStep } from './import-steps';
import type { ImportOptions, ImportResult } from './import-types';
import type { ImportMessage, ImportRequest } from './import-worker-protocol';
import type { AnnotationRecord } from '../export/record-contract';

/** How a read reports and is stopped. */
export interface ReadControl {
  /** Aborting it stops the read (the worker is ended): the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (step: ImportStep) => void;
}

/** Thrown when the file could not be read (the reader's disk, a revoked permission). */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** The worker could not be started (no Worker, or its script refused to load). */
class NoWorker extends Error {}

function readInWorker(request: ImportRequest, { signal, onProgress }: ReadControl) {
  return new Promise<ImportResult>((resolve, reject) => {
    if (signal?.aborted) return reject(cancelledError());
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      return reject(new NoWorker('worker constructor failed', { cause: error }));
    }
    let heard = false;
    const candidates: AnnotationRecord[] = [];
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(cancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      // Before its first message the script itself failed to load: the page can do the work.
      reject(heard ? new Error('import worker failed') : new NoWorker('worker did not start'));
    };
    worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
      heard = true;
      switch (data.kind) {
        case 'progress':
          onProgress?.(data.step);
          return;
        case 'candidates':
          for (const record of data.records) candidates.push(record);
          return;
        case 'done':
          end();
          return resolve({ ok: true, format: data.format, candidates, rejected: data.rejected });
        case 'refused':
          end();
          return resolve({ ok: false, error: data.error });
        case 'failed':
          end();
          return reject(new UnreadableFileError('the worker could not read the file'));
      }
    };
    worker.postMessage(request);
  });
}

async function readOnPage(request: ImportRequest, control: ReadControl): Promise<ImportResult> {
  control.onProgress?.({ phase: 'reading', done: 0, total: null });
  let text: string;
  try {
    text = await request.file.text();
  } catch (error) {
    throw new UnreadableFileError('the file could not be read', { cause: error });
  }
  const { name, type, size, doc, options } = request;
  return runInSlices(importFileSteps({ text, name, type, size }, doc, options), control);
}

/**
 * Reads `file` for `doc` and sorts its annotations against `existing` (every stored record of
 * the document, trashed ones included), writing nothing: in a Web Worker, so the page never
 * freezes; in slices on the page where no worker can start. Progress goes to
 * `control.onProgress`. Rejects with an AbortError when cancelled, with
 * {@link UnreadableFileError} when the file cannot be read.
 */
export async function readImport(
  file: File,
  doc: ArticleDocument,
  existing: readonly AnnotationRecord[],
  options: ImportOptions,
  control: ReadControl = {},
): Promise<ImportPreview> {
  const request: ImportRequest = {
    file,
    name: file.name,
    type: file.type,
    size: file.size,
    doc,
    options,
  };
  let result: ImportResult;
  try {
    if (typeof Worker !== 'function') throw new NoWorker('no Worker here');
    result = await readInWorker(request, control);
  } catch (error) {
    if (!(error instanceof NoWorker)) throw error;
    result = await readOnPage(request, control);
  }
  if (!result.ok) return result;
  return {
    ok: true,
    format: result.format,
    plan: planImport(result.candidates, existing, result.rejected),
  };
}
