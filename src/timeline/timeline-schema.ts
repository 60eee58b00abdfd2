import * as z from 'zod/mini';
import type { Bilingual } from '../article/article-document';
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

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));
const bilingual = z.object({ ar: nonEmpty(), en: nonEmpty() });

/** Schema of an {@link EventDate}: shape and calendar validity. */
export const eventDateSchema = z
  .object({ value: z.string(), precision: z.enum(['day', 'month', 'year']) })
  .check(
    z.refine(isCalendarDate, { message: 'not a real date at this precision', path: ['value'] }),
  );

const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1)),
  prefix: z._default(z.string(), ''),
  suffix: z._default(z.string(), ''),
});

const eventSchema = z.object({
  id: z.string().check(z.regex(KEBAB)),
  date: z.nullable(eventDateSchema),
  order: z.int().check(z.nonnegative()),
  kind: z.enum(['event', 'statement', 'context']),
  title: bilingual,
  summary: bilingual,
  anchor: quoteSchema,
});

// zod/mini, not zod: this schema runs on every start, so it must stay out of the way of the
// first-load budget (zod/mini is tree-shaken down to what is used here).
/** Schema of a timeline data file; ids and orders must be unique. */
export const timelineSchema = z
  .object({
    version: z.literal(1),
    documentId: z.string().check(z.regex(KEBAB)),
    events: z.array(eventSchema),
  })
  .check(
    z.refine((t) => unique(t.events.map((e) => e.id)), {
      message: 'duplicate id',
      path: ['events'],
    }),
    z.refine((t) => unique(t.events.map((e) => e.order)), {
      message: 'duplicate order',
      path: ['events'],
    }),
  ) satisfies z.ZodMiniType<Timeline, unknown>;

function unique(values: (string | number)[]): boolean {
  return new Set(values).size === values.length;
}
