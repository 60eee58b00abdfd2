import type { ArticleDocument } from '../document/article-document';
import { parseImportFile } from './import-file';
import { planImport, type ImportPlan } from './import-plan';
import type { ImportErrorCode, ImportFile, ImportFormat, ImportOptions } from './import-types';
import type { AnnotationRecord } from '../export/record-contract';

/** What the import dialog shows: the plan for a readable file, or why the file was refused. */
export type ImportPreview =
  { ok: true; format: ImportFormat; plan: ImportPlan } | { ok: false; error: ImportErrorCode };

/**
 * Reads `file` for `doc` and sorts its annotations against `existing` (every stored record of
 * the document, trashed ones included) into new, updated, unchanged and rejected. Writes nothing.
 * At once, on the calling thread: for tests and tools. The app reads through `import-reader.ts`
 * (a worker, or slices), which gives the same preview. Never throws.
 */
export function previewImport(
  file: ImportFile,
  doc: ArticleDocument,
  existing: readonly AnnotationRecord[],
  options: ImportOptions,
): ImportPreview {
  const result = parseImportFile(file, doc, options);
  if (!result.ok) return result;
  return {
    ok: true,
    format: result.format,
    plan: planImport(result.candidates, existing, result.rejected),
  };
}
