import { createAnchorer } from '../anchoring/anchor';
import type { AnchorResult, TextRange } from '../anchoring/selectors';
import type {
  StoredEventDate,
  TimelineEventRecord,
  TimelineEventStatus,
} from '../storage/timeline-event-record';
import type { ProposedEvent } from './propose-events';
import type { ResolvedEvent } from './resolve-events';
import type { EventDate } from './timeline-schema';

/** A stored event and where its passage is now (null: Unanchored, never a guess). */
export interface PlacedEvent {
  record: TimelineEventRecord;
  range: TextRange | null;
  status: AnchorResult['status'];
}

/** The date a proposal carries, as stored: Gregorian value, calendar and the words written. */
export function storedDateOf(proposal: ProposedEvent, text: string): StoredEventDate | null {
  if (!proposal.date) return null;
  return {
    value: proposal.date.value,
    precision: proposal.date.precision,
    calendar: proposal.hijri ? 'hijri' : 'gregorian',
    original: text.slice(proposal.dateRange.start, proposal.dateRange.end),
  };
}

/** What a new stored event is made of, besides its ids and times. */
export interface NewEvent {
  documentId: string;
  title: string;
  date: StoredEventDate | null;
  status: TimelineEventStatus;
  proposalId: string | null;
}

/** A new event record at `now` (ISO 8601), with a fresh UUID unless `id` is given. */
export function newEventRecord(
  fields: NewEvent,
  target: TimelineEventRecord['target'],
  now: string,
  id: string = crypto.randomUUID(),
): TimelineEventRecord {
  return { id, ...fields, target, created: now, modified: now };
}

/** The event a proposal becomes when accepted, with the reader's edits (title, date) if any. */
export function acceptProposal(
  proposal: ProposedEvent,
  documentId: string,
  text: string,
  now: string,
  edits: { title?: string; date?: StoredEventDate | null } = {},
): TimelineEventRecord {
  return newEventRecord(
    {
      documentId,
      title: edits.title ?? proposal.title,
      date: edits.date === undefined ? storedDateOf(proposal, text) : edits.date,
      status: 'accepted',
      proposalId: proposal.id,
    },
    proposal.target,
    now,
  );
}

/**
 * The ids proposals had before they were made from their words (`proposed-<start>-<end>` of
 * the date expression), still in stores: the place of the date expression in the text then.
 */
function legacyProposalPlace(id: string): string | null {
  return /^proposed-\d+-\d+$/u.test(id) ? id.slice('proposed-'.length) : null;
}

/**
 * The proposals still open: neither accepted (an event carries their id) nor dismissed. An id
 * of the older kind closes the proposal whose date expression is at that place.
 */
export function openProposals(
  proposals: readonly ProposedEvent[],
  events: readonly Pick<TimelineEventRecord, 'proposalId'>[],
  dismissed: readonly { proposalId: string }[],
): ProposedEvent[] {
  const closed = new Set([
    ...events.flatMap((e) => (e.proposalId === null ? [] : [e.proposalId])),
    ...dismissed.map((d) => d.proposalId),
  ]);
  // Choices stored with an id of the older kind name the date's place in the text.
  const closedPlaces = new Set([...closed].flatMap((id) => legacyProposalPlace(id) ?? []));
  return proposals.filter(
    (p) => !closed.has(p.id) && !closedPlaces.has(`${p.dateRange.start}-${p.dateRange.end}`),
  );
}

/**
 * Anchors every stored event in `text` with the highlights' engine (position, quote in
 * context, fuzzy) and orders them as a timeline: by date (a year or month before the days in
 * it), undated ones last, then by place in the text (Unanchored ones after the placed), then
 * by creation. Pure; never throws.
 */
export function placeEvents(records: readonly TimelineEventRecord[], text: string): PlacedEvent[] {
  const results = createAnchorer(text).anchorAll(records.map((r) => r.target));
  const placed = records.map((record, i): PlacedEvent => {
    const found = results[i] ?? { status: 'orphan' };
    return found.status === 'orphan'
      ? { record, range: null, status: 'orphan' }
      : { record, range: { start: found.start, end: found.end }, status: found.status };
  });
  return placed.sort(byTimeline);
}

function byTimeline(a: PlacedEvent, b: PlacedEvent): number {
  const da = a.record.date;
  const db = b.record.date;
  if (da && db && da.value !== db.value) return da.value < db.value ? -1 : 1;
  if (!da !== !db) return da ? -1 : 1;
  if (!a.range !== !b.range) return a.range ? -1 : 1;
  if (a.range && b.range && a.range.start !== b.range.start) return a.range.start - b.range.start;
  return a.record.created < b.record.created ? -1 : a.record.created > b.record.created ? 1 : 0;
}

/** The Gregorian date of a stored event, as the timeline's gaps and formats take it. */
export function eventDateOf(date: StoredEventDate | null): EventDate | null {
  return date ? { value: date.value, precision: date.precision } : null;
}

/**
 * A placed event in the shape of a curated one, so the reader's passages, scroll-spy and notes
 * work on both: its title in both UI languages (it is written in the document's language).
 */
export function asResolvedEvent(
  { record, range, status }: PlacedEvent,
  order: number,
): ResolvedEvent {
  return {
    event: {
      id: record.id,
      date: eventDateOf(record.date),
      order,
      kind: 'event',
      title: { ar: record.title, en: record.title },
      summary: { ar: '', en: '' },
      anchor: record.target.quote,
    },
    range,
    status,
  };
}

/**
 * Reads a date the reader typed: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (Western or Arabic-Indic
 * digits) naming a real Gregorian date; an empty entry is no date. Undefined when unreadable.
 */
export function parseTypedDate(typed: string): StoredEventDate | null | undefined {
  const value = typed
    .trim()
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (value === '') return null;
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === null)
    return { value: m[1] as string, precision: 'year', calendar: 'gregorian', original: value };
  if (day === null) {
    return {
      value: `${m[1]}-${pad(month)}`,
      precision: 'month',
      calendar: 'gregorian',
      original: value,
    };
  }
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return {
    value: `${m[1]}-${pad(month)}-${pad(day)}`,
    precision: 'day',
    calendar: 'gregorian',
    original: value,
  };
}

/** The date as the edit field shows it: its Gregorian ISO value; empty when undated. */
export function typedDateOf(date: StoredEventDate | null): string {
  return date?.value ?? '';
}
