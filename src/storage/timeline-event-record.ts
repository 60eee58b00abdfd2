import type { AnnotationTarget } from '../anchoring/selectors';
import { isIsoTimestamp, isUuid } from './annotation-record';
import { StorageError } from './storage-error';

/** The calendar a date was written in; its `value` is always Gregorian, for sorting and gaps. */
export type EventCalendar = 'gregorian' | 'hijri';

/** How much of a date is known. */
export type StoredDatePrecision = 'day' | 'month' | 'year';

/** A stored event's date: Gregorian ISO at its precision, and how the text wrote it. */
export interface StoredEventDate {
  /** ISO 8601 at `precision`: `2024-03-25`, `2024-03`, `2024`. */
  value: string;
  precision: StoredDatePrecision;
  /** The calendar of `original` (a Hijri date keeps its Gregorian equivalent in `value`). */
  calendar: EventCalendar;
  /** The date expression as written in the text, or as the reader typed it. */
  original: string;
}

/** `accepted`: a proposal the reader accepted; `added`: made from a selection. */
export type TimelineEventStatus = 'accepted' | 'added';

/**
 * A reader's timeline event on an added document, anchored like an annotation. Times are ISO
 * 8601 in UTC (`Date#toISOString`), so they compare as strings.
 */
export interface TimelineEventRecord {
  /** UUID (v4). */
  id: string;
  documentId: string;
  /** In the document's language; never blank. */
  title: string;
  /** Null when the reader's event has no date. */
  date: StoredEventDate | null;
  /** Quote + position selectors over the document's canonical text. */
  target: AnnotationTarget;
  status: TimelineEventStatus;
  /** The proposal accepted (its id, see `ProposedEvent.id`), so it is not proposed again; else null. */
  proposalId: string | null;
  created: string;
  modified: string;
}

/** A proposal the reader dismissed: it is not proposed again for that document. */
export interface DismissedProposal {
  documentId: string;
  proposalId: string;
  /** When it was dismissed (ISO 8601, UTC). */
  dismissed: string;
}

/** Longest title kept, in UTF-16 code units. */
export const MAX_EVENT_TITLE_LENGTH = 500;

const DATE_SHAPES: Record<StoredDatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

const invalid = (detail: string) => new StorageError('invalid', `timeline event: ${detail}`);

function checkDate(date: unknown): StoredEventDate | null {
  if (date === null) return null;
  const d = date as Partial<StoredEventDate> | undefined;
  if (typeof d !== 'object' || d === null) throw invalid('date');
  const { value, precision, calendar, original } = d;
  if (precision !== 'day' && precision !== 'month' && precision !== 'year') {
    throw invalid('date.precision');
  }
  if (typeof value !== 'string' || !DATE_SHAPES[precision].test(value)) throw invalid('date.value');
  if (calendar !== 'gregorian' && calendar !== 'hijri') throw invalid('date.calendar');
  if (typeof original !== 'string') throw invalid('date.original');
  return { value, precision, calendar, original };
}

function checkTarget(target: unknown): AnnotationTarget {
  const t = target as Partial<AnnotationTarget> | undefined;
  const quote = t?.quote;
  if (quote?.type !== 'TextQuoteSelector' || typeof quote.exact !== 'string' || !quote.exact) {
    throw invalid('target.quote');
  }
  if (typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') {
    throw invalid('target.quote context');
  }
  const position = t?.position;
  if (position !== undefined) {
    const ok =
      position.type === 'TextPositionSelector' &&
      Number.isSafeInteger(position.start) &&
      Number.isSafeInteger(position.end) &&
      position.start >= 0 &&
      position.end > position.start;
    if (!ok) throw invalid('target.position');
  }
  return structuredClone(t as AnnotationTarget);
}

/**
 * A timeline event as stored: checked, its title NFC and trimmed. Throws StorageError
 * `invalid` naming the first bad field.
 */
export function normalizeTimelineEvent(record: TimelineEventRecord): TimelineEventRecord {
  if (!isUuid(record.id)) throw invalid('id');
  if (typeof record.documentId !== 'string' || record.documentId === '') {
    throw invalid('documentId');
  }
  const title = typeof record.title === 'string' ? record.title.normalize('NFC').trim() : '';
  if (title === '' || title.length > MAX_EVENT_TITLE_LENGTH) throw invalid('title');
  if (record.status !== 'accepted' && record.status !== 'added') throw invalid('status');
  if (record.proposalId !== null && typeof record.proposalId !== 'string') {
    throw invalid('proposalId');
  }
  if (!isIsoTimestamp(record.created) || !isIsoTimestamp(record.modified)) throw invalid('times');
  return {
    id: record.id,
    documentId: record.documentId,
    title,
    date: checkDate(record.date),
    target: checkTarget(record.target),
    status: record.status,
    proposalId: record.proposalId,
    created: record.created,
    modified: record.modified,
  };
}
