import type { Bilingual } from '../document/article-document';
import type { TextQuoteSelector } from '../anchoring/selectors';

/** How much of a date is known: a calendar day, a month, or only a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * When an event happened, as precisely as the article says.
 * `value` is ISO 8601 at that precision: `2022-01-02` (day), `2022-01` (month), `2018` (year).
 */
export interface EventDate {
  value: string;
  precision: DatePrecision;
}

/** `event`: something that happened in Kazakhstan; `statement`: something someone said or
 * announced; `context`: background shown apart from the main sequence. */
export type EventKind = 'event' | 'statement' | 'context';

/** One entry of the timeline, anchored to the passage of the article that supports it. */
export interface TimelineEvent {
  /** Stable kebab-case id; UI state and links refer to the event by it. */
  id: string;
  /** `null`: the article gives no date; `order` alone places the event. */
  date: EventDate | null;
  /** Place in the narrative sequence; unique within a timeline, smaller comes first. */
  order: number;
  kind: EventKind;
  title: Bilingual;
  summary: Bilingual;
  /** The supporting passage of the article, as a W3C TextQuoteSelector. */
  anchor: TextQuoteSelector;
}

/** A timeline data file (`seeds/*.timeline.json`), validated. */
export interface Timeline {
  /** Format version of the file. */
  version: 1;
  /** Id of the article the anchors point into (`ArticleMeta.id`). */
  documentId: string;
  events: TimelineEvent[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_SHAPES: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/** True when `value` has the shape its precision asks for and names a real calendar date. */
function isCalendarDate({ value, precision }: EventDate): boolean {
  const m = DATE_SHAPES[precision].exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2022-02-30 over into March; a round trip catches it.
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Why a timeline was refused: the path to the bad value and what is wrong with it. */
export class TimelineShapeError extends Error {
  constructor(path: (string | number)[], problem: string) {
    super(`${path.join('.') || '(root)'}: ${problem}`);
    this.name = 'TimelineShapeError';
  }
}

type Path = (string | number)[];

function fail(path: Path, problem: string): never {
  throw new TimelineShapeError(path, problem);
}

function record(value: unknown, path: Path): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, 'not an object');
  return value as Record<string, unknown>;
}

function string(value: unknown, path: Path): string {
  return typeof value === 'string' ? value : fail(path, 'not a string');
}

function oneOf<T extends string>(options: readonly T[], value: unknown, path: Path): T {
  return options.find((o) => o === value) ?? fail(path, `not one of ${options.join(', ')}`);
}

function kebab(value: unknown, path: Path): string {
  const text = string(value, path);
  return KEBAB.test(text) ? text : fail(path, 'not kebab-case');
}

function bilingual(value: unknown, path: Path): Bilingual {
  const r = record(value, path);
  const text = (lang: 'ar' | 'en') => {
    const trimmed = string(r[lang], [...path, lang]).trim();
    return trimmed.length > 0 ? trimmed : fail([...path, lang], 'blank');
  };
  return { ar: text('ar'), en: text('en') };
}

/** Checks an {@link EventDate}: shape and calendar validity. Throws {@link TimelineShapeError}. */
export function checkEventDate(value: unknown, path: Path = []): EventDate {
  const r = record(value, path);
  const date = {
    value: string(r.value, [...path, 'value']),
    precision: oneOf(['day', 'month', 'year'] as const, r.precision, [...path, 'precision']),
  };
  return isCalendarDate(date)
    ? date
    : fail([...path, 'value'], 'not a real date at this precision');
}

function quote(value: unknown, path: Path): TextQuoteSelector {
  const r = record(value, path);
  if (r.type !== 'TextQuoteSelector') fail([...path, 'type'], 'not TextQuoteSelector');
  const exact = string(r.exact, [...path, 'exact']);
  if (exact.length === 0) fail([...path, 'exact'], 'empty');
  const optional = (key: 'prefix' | 'suffix') =>
    r[key] === undefined ? '' : string(r[key], [...path, key]);
  return {
    type: 'TextQuoteSelector',
    exact,
    prefix: optional('prefix'),
    suffix: optional('suffix'),
  };
}

function event(value: unknown, path: Path): TimelineEvent {
  const r = record(value, path);
  const order = r.order;
  if (typeof order !== 'number' || !Number.isSafeInteger(order) || order < 0) {
    fail([...path, 'order'], 'not a non-negative integer');
  }
  if (r.date === undefined) fail([...path, 'date'], 'missing (null when unknown)');
  return {
    id: kebab(r.id, [...path, 'id']),
    date: r.date === null ? null : checkEventDate(r.date, [...path, 'date']),
    order,
    kind: oneOf(['event', 'statement', 'context'] as const, r.kind, [...path, 'kind']),
    title: bilingual(r.title, [...path, 'title']),
    summary: bilingual(r.summary, [...path, 'summary']),
    anchor: quote(r.anchor, [...path, 'anchor']),
  };
}

// Checked by hand rather than with zod: this runs on every start, before the app is
// interactive, and even zod/mini costs more of the first-load budget than this whole file.
/**
 * Checks a timeline data file (parsed JSON) and returns it typed, strings of titles and
 * summaries trimmed; ids and orders must be unique. Throws {@link TimelineShapeError}.
 */
export function checkTimeline(value: unknown): Timeline {
  const r = record(value, []);
  if (r.version !== 1) fail(['version'], 'not 1');
  const documentId = kebab(r.documentId, ['documentId']);
  if (!Array.isArray(r.events)) fail(['events'], 'not an array');
  const events = r.events.map((e, i) => event(e, ['events', i]));
  if (!unique(events.map((e) => e.id))) fail(['events'], 'duplicate id');
  if (!unique(events.map((e) => e.order))) fail(['events'], 'duplicate order');
  return { version: 1, documentId, events };
}

function unique(values: (string | number)[]): boolean {
  return new Set(values).size === values.length;
}
