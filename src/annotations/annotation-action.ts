import type { AnnotationRecord } from '../storage/annotation-record';

/** One change a reader makes to their annotations. */
export type AnnotationAction =
  | { kind: 'create'; record: AnnotationRecord }
  | { kind: 'update'; record: AnnotationRecord }
  | { kind: 'delete'; id: string }
  | { kind: 'restore'; id: string }
  /** Removes a highlight entirely (trash, then purge): the undo of a create. */
  | { kind: 'discard'; id: string }
  | { kind: 'purge'; id: string };

/**
 * The list as it will be once `action` is stored: what the cache shows optimistically.
 * Pure; returns a new array; unknown ids leave the list as it is.
 * @param now ISO timestamp used for `modified` / `deleted` stamps
 */
export function applyAction(
  list: readonly AnnotationRecord[],
  action: AnnotationAction,
  now: string,
): AnnotationRecord[] {
  switch (action.kind) {
    case 'create':
    case 'update':
      return list.some((r) => r.id === action.record.id)
        ? list.map((r) => (r.id === action.record.id ? action.record : r))
        : [...list, action.record];
    case 'delete':
      return list.map((r) => (r.id === action.id ? { ...r, deleted: now, modified: now } : r));
    case 'restore':
      return list.map((r) => (r.id === action.id ? { ...r, deleted: null, modified: now } : r));
    case 'discard':
    case 'purge':
      return list.filter((r) => r.id !== action.id);
  }
}

/**
 * The action that undoes `action`, given the list before it; null when it cannot be undone
 * (a purge is final, and the UI asks first).
 */
export function inverseOf(
  action: AnnotationAction,
  before: readonly AnnotationRecord[],
  now: string,
): AnnotationAction | null {
  switch (action.kind) {
    case 'create':
      return { kind: 'discard', id: action.record.id };
    case 'update': {
      const previous = before.find((r) => r.id === action.record.id);
      return previous ? { kind: 'update', record: { ...previous, modified: now } } : null;
    }
    case 'delete':
      return { kind: 'restore', id: action.id };
    case 'restore':
      return { kind: 'delete', id: action.id };
    case 'discard': {
      const previous = before.find((r) => r.id === action.id);
      return previous ? { kind: 'create', record: { ...previous, modified: now } } : null;
    }
    case 'purge':
      return null;
  }
}

/** The id of the annotation an action changes. */
export function actionId(action: AnnotationAction): string {
  return action.kind === 'create' || action.kind === 'update' ? action.record.id : action.id;
}

/**
 * Undoes a failed action in the cache by putting back the one record it changed, as it was
 * (or removing it when it did not exist): every other record keeps its newer state.
 */
export function restoreRecord(
  list: readonly AnnotationRecord[],
  id: string,
  prior: AnnotationRecord | undefined,
): AnnotationRecord[] {
  if (!prior) return list.filter((r) => r.id !== id);
  return list.some((r) => r.id === id)
    ? list.map((r) => (r.id === id ? prior : r))
    : [...list, prior];
}
