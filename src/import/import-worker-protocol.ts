import type { ArticleDocument } from '../document/article-document';
import type { ImportStep } from './import-steps';
import type { ImportErrorCode, ImportFormat, ImportOptions, ImportRejection } from './import-types';
import type { AnnotationRecord } from '../export/record-contract';

/** What the page posts to the import worker: the file (a File clones cheaply) and its context. */
export interface ImportRequest {
  file: Blob;
  name: string;
  type: string;
  size: number;
  doc: ArticleDocument;
  options: ImportOptions;
}

/**
 * What the worker posts back, in order: progress now and then; the candidates in batches (each
 * batch is read by the page in its own task, so no single task clones 20,000 records); then
 * `done` with the rest of the result, or `failed` when the file could not be read at all.
 */
export type ImportMessage =
  | { kind: 'progress'; step: ImportStep }
  | { kind: 'candidates'; records: AnnotationRecord[] }
  | { kind: 'done'; format: ImportFormat; rejected: ImportRejection[] }
  | { kind: 'refused'; error: ImportErrorCode }
  | { kind: 'failed' };

/** Candidates per `candidates` message. */
export const CANDIDATE_BATCH = 2000;

/** How often, at most, the worker reports progress (ms). */
export const PROGRESS_EVERY_MS = 50;
