import type { ArticleDocument } from '../document/article-document';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { AnnotationRecord } from './record-contract';
import { exportableAnnotations } from './export-order';
import { exportableEvents } from './export-timeline';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import type { ExportOptions } from './export-options';
import {
  EXPORT_CONTEXT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  QARI_COLOR,
  QARI_CALENDAR,
  QARI_DATE_TEXT,
  QARI_DOCUMENT,
  QARI_EVENT_DATE,
  QARI_EVENT_STATUS,
  QARI_FORMAT,
  QARI_TIMELINE,
  QARI_VERSION,
} from './jsonld-vocabulary';
import { noteLanguage, textDirection } from './text-direction';

/** A W3C TextualBody as we write it: the note (commenting) or one tag (tagging). */
export type W3CTextualBody =
  | {
      type: 'TextualBody';
      purpose: 'commenting';
      value: string;
      format: 'text/plain';
      language: string;
      textDirection: 'rtl' | 'ltr' | 'auto';
    }
  | { type: 'TextualBody'; purpose: 'tagging'; value: string };

/** One annotation as it appears in the `items` of our export (no `@context` of its own). */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting' | 'tagging';
  body?: W3CTextualBody[];
  /** A document-level note's target is the source itself (an IRI): the whole document. */
  target: { source: string; selector: Record<string, unknown>[] } | string;
  [QARI_COLOR]: string;
}

function motivationOf(record: AnnotationRecord): W3CAnnotation['motivation'] {
  if (record.note !== '') return 'commenting';
  if (record.target !== null) return 'highlighting';
  return record.tags.length > 0 ? 'tagging' : 'commenting';
}

/**
 * One stored annotation as a W3C Web Annotation over `source` (the document's URN).
 * The note is one `commenting` TextualBody (omitted when empty), each tag one `tagging` body;
 * a highlight with neither has no body at all, as the model allows. A document-level note's
 * target is the source's IRI with no selector (a target object would need selectors).
 */
export function toW3CAnnotation(record: AnnotationRecord, source: string): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (record.note !== '') {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: record.note,
      format: 'text/plain',
      language: noteLanguage(record.note),
      textDirection: textDirection(record.note),
    });
  }
  for (const tag of record.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: `urn:uuid:${record.id}`,
    type: 'Annotation',
    created: record.created,
    modified: record.modified,
    motivation: motivationOf(record),
    ...(body.length > 0 ? { body } : {}),
    target: record.target ? { source, selector: selectorsOf(record.target) } : source,
    [QARI_COLOR]: record.color,
  };
}

/** A document's timeline event as a W3C annotation: a `describing` one whose body is its title. */
export interface W3CEventAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'describing';
  body: {
    type: 'TextualBody';
    purpose: 'describing';
    value: string;
    format: 'text/plain';
    language: string;
    textDirection: 'rtl' | 'ltr';
  }[];
  target: { source: string; selector: Record<string, unknown>[] };
  [QARI_EVENT_STATUS]: TimelineEventRecord['status'];
  [QARI_EVENT_DATE]?: { value: string; precision: string };
  [QARI_CALENDAR]?: string;
  [QARI_DATE_TEXT]?: string;
}

/**
 * One stored timeline event as a W3C Web Annotation over `source`: motivation `describing`,
 * its title a `describing` TextualBody in the document's language, its passage the target;
 * the date (Gregorian ISO at its precision, the calendar and words written) in our extension
 * properties, absent when undated.
 */
export function toW3CEventAnnotation(
  event: TimelineEventRecord,
  source: string,
  language: string,
  direction: 'rtl' | 'ltr',
): W3CEventAnnotation {
  const { date } = event;
  return {
    id: `urn:uuid:${event.id}`,
    type: 'Annotation',
    created: event.created,
    modified: event.modified,
    motivation: 'describing',
    body: [
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: event.title,
        format: 'text/plain',
        language,
        textDirection: direction,
      },
    ],
    target: { source, selector: selectorsOf(event.target) },
    [QARI_EVENT_STATUS]: event.status,
    ...(date
      ? {
          [QARI_EVENT_DATE]: { value: date.value, precision: date.precision },
          [QARI_CALENDAR]: date.calendar,
          [QARI_DATE_TEXT]: date.original,
        }
      : {}),
  };
}

function selectorsOf(target: AnnotationTarget): Record<string, unknown>[] {
  const { quote, position } = target;
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  if (position) {
    selectors.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  }
  return selectors;
}

/**
 * The W3C `AnnotationCollection` (JSON-LD, pretty-printed) of a document's live annotations in
 * reading order, all in one embedded `AnnotationPage`. Ids are URNs derived from the document's
 * `source`, so exporting the same data twice gives the same file except for `created`.
 * The document's own timeline events, when it has any, are `describing` annotations under
 * `qari:timeline`, apart from the page's items: an import of the file reads notes, not events.
 * Passes the W3C annotation, collection and page MUST assertions (see tests).
 */
export function buildJsonLd(
  annotations: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: Pick<ExportOptions, 'now' | 'timeline'>,
): string {
  const items = exportableAnnotations(annotations, doc).map((a) =>
    toW3CAnnotation(a, doc.meta.source),
  );
  const events = exportableEvents(options.timeline).map((e) =>
    toW3CEventAnnotation(e, doc.meta.source, doc.meta.language, doc.meta.direction),
  );
  const collectionId = `${doc.meta.source}:annotations`;
  const collection = {
    '@context': EXPORT_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: doc.meta.title,
    created: options.now.toISOString(),
    [QARI_FORMAT]: EXPORT_FORMAT,
    [QARI_VERSION]: EXPORT_VERSION,
    [QARI_DOCUMENT]: doc.meta.id,
    total: items.length,
    first: {
      id: `${collectionId}:page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
    ...(events.length > 0 ? { [QARI_TIMELINE]: events } : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
