import type { ImportPlan } from './import-plan';
import type { AnnotationRecord } from '../export/record-contract';

/**
 * The records an accepted plan writes: new ones, then updated ones. Apart from the import code
 * (`import-reader.ts` and its worker) so the UI can use it without pulling that chunk into the first bundle.
 */
export function recordsToWrite(plan: Pick<ImportPlan, 'new' | 'updated'>): AnnotationRecord[] {
  return [...plan.new, ...plan.updated];
}
