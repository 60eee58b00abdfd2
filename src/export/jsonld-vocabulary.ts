/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our extension namespace; `.invalid` is reserved, so it can never clash with a real site. */
export const QARI_NAMESPACE = 'https://qari.invalid/ns#';

/**
 * The `@context` of our exports: the W3C context plus our prefix. The W3C schemas accept an
 * array as long as it contains the W3C context (`contextValueInArrayFound`).
 */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { qari: QARI_NAMESPACE }] as const;

/** Compact names of our extension properties. */
export const QARI_COLOR = 'qari:color';
export const QARI_FORMAT = 'qari:format';
export const QARI_VERSION = 'qari:version';
export const QARI_DOCUMENT = 'qari:document';
/** The document's own timeline events, as `describing` annotations, on the collection. */
export const QARI_TIMELINE = 'qari:timeline';
/** A timeline event's date: Gregorian ISO `value` at its `precision`. */
export const QARI_EVENT_DATE = 'qari:eventDate';
/** The calendar a timeline event's date was written in: `gregorian` or `hijri`. */
export const QARI_CALENDAR = 'qari:calendar';
/** A timeline event's date as the text wrote it. */
export const QARI_DATE_TEXT = 'qari:dateText';
/** `accepted` (proposed from the text) or `added` (from a selection). */
export const QARI_EVENT_STATUS = 'qari:eventStatus';

/** Envelope marker (Excalidraw style) so a reader of the file knows what wrote it. */
export const EXPORT_FORMAT = 'qari-annotations';

/** Version of the envelope; bump when the shape of what we write changes. */
export const EXPORT_VERSION = 1;
