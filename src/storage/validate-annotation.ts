import type { AnnotationTarget, TextPositionSelector } from '../anchoring/selectors';
import type { AnnotationRecord } from './annotation-record';
import {
  cleanTags,
  isHighlightColor,
  isIsoTimestamp,
  isUuid,
  MAX_NOTE_LENGTH,
} from './annotation-record';
import { StorageError } from './storage-error';

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(field: string): StorageError {
  return new StorageError('invalid', field);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function normalizePosition(value: unknown): TextPositionSelector {
  if (!isFields(value) || value.type !== 'TextPositionSelector') throw invalid('target.position');
  const { start, end } = value;
  if (!isOffset(start) || !isOffset(end) || start > end) throw invalid('target.position');
  return { type: 'TextPositionSelector', start, end };
}

function normalizeTarget(value: unknown): AnnotationTarget {
  if (!isFields(value) || !isFields(value.quote)) throw invalid('target');
  const { type, exact, prefix, suffix } = value.quote;
  if (type !== 'TextQuoteSelector' || typeof exact !== 'string' || exact === '') {
    throw invalid('target.quote');
  }
  if (typeof prefix !== 'string' || typeof suffix !== 'string') throw invalid('target.quote');
  const quote = { type, exact, prefix, suffix } as const;
  return value.position === undefined
    ? { quote }
    : { quote, position: normalizePosition(value.position) };
}

/** Trims, NFC-normalises and drops empty and repeated tags, keeping first-seen order. */
export function normalizeTags(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw invalid('tags');
  }
  return cleanTags(value);
}

function timestamp(value: unknown, field: string): string {
  if (!isIsoTimestamp(value)) throw invalid(field);
  return value;
}

/**
 * Checks an annotation from anywhere (the UI, an import) and returns a clean copy holding only
 * the known fields, with tags normalised and the id lower-cased. Throws a StorageError:
 * `note-too-long` past {@link MAX_NOTE_LENGTH} UTF-16 code units, `invalid` for anything else
 * malformed (times must be `Date#toISOString` strings).
 */
export function normalizeAnnotation(input: unknown): AnnotationRecord {
  if (!isFields(input)) throw invalid('record');
  const { id, documentId, color, note, deleted } = input;
  if (!isUuid(id)) throw invalid('id');
  if (typeof documentId !== 'string' || documentId === '') throw invalid('documentId');
  if (!isHighlightColor(color)) throw invalid('color');
  if (typeof note !== 'string') throw invalid('note');
  if (note.length > MAX_NOTE_LENGTH) {
    throw new StorageError('note-too-long', `${note.length} > ${MAX_NOTE_LENGTH}`);
  }
  return {
    id: id.toLowerCase(),
    documentId,
    // null: a document-level note, about no passage.
    target: input.target === null ? null : normalizeTarget(input.target),
    color,
    note,
    tags: normalizeTags(input.tags),
    created: timestamp(input.created, 'created'),
    modified: timestamp(input.modified, 'modified'),
    deleted: deleted === null ? null : timestamp(deleted, 'deleted'),
  };
}
