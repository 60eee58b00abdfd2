import type { ArticleDocument } from '../document/article-document';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { Locate } from './import-anchor';
import type { ImportOptions, RejectCode } from './import-types';
import type { AnnotationRecord } from '../export/record-contract';
import {
  cleanTags,
  isHighlightColor,
  isIsoTimestamp,
  isUuid,
  MAX_NOTE_LENGTH,
} from '../export/record-contract';
import { documentNamedBy, names } from './library-names';
import { uuidV5 } from './uuid-v5';

/** Where an item's id comes from. */
export type ItemId =
  | { kind: 'uuid'; value: string } // ours: kept as is
  | { kind: 'foreign'; scheme: string; value: string } // another tool's id: mapped to a UUID v5
  | { kind: 'content' } // none at all: a UUID v5 of the content, so re-imports match
  | { kind: 'invalid' };

/** One annotation read from any format, before it is checked against the document. */
export interface ImportItem {
  id: ItemId;
  /** The target's `source` (or the CSV's URL), null when the file names none. */
  source: string | null;
  /** Whether the file names this document in another way (CSV title); null when unknown. */
  sameDocumentHint?: boolean | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /**
   * True when the target names a source and no selector at all: a note on the whole document
   * (a Hypothesis page note, or our export of a document-level note; in a CSV, a row with a
   * note and no highlight).
   */
  wholeDocument?: boolean;
  position: { start: number; end: number } | null;
  note: string;
  tags: string[];
  /** undefined when the file gives none (then yellow). */
  color?: unknown;
  /** undefined when the file gives none. */
  created?: unknown;
  modified?: unknown;
}

// ISO 8601 date-time as tools write it: optional fraction (any length), Z or an offset.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The id an `id` value of a W3C annotation gives (`urn:uuid:` kept, other IRIs foreign). */
export function idFromIri(value: unknown): ItemId {
  if (value === undefined || value === null) return { kind: 'content' };
  if (typeof value !== 'string' || value.trim() === '') return { kind: 'invalid' };
  const match = /^urn:uuid:(.*)$/i.exec(value.trim());
  if (match) {
    const uuid = match[1] ?? '';
    return isUuid(uuid) ? { kind: 'uuid', value: uuid.toLowerCase() } : { kind: 'invalid' };
  }
  return { kind: 'foreign', scheme: 'iri', value: value.trim() };
}

/**
 * Same document, another one of the library, one the library does not hold (`absent`), or
 * cannot tell (then only the quote decides).
 */
type Relation = 'same' | 'other' | 'absent' | 'unknown';

function relationOf(item: ImportItem, doc: ArticleDocument, options: ImportOptions): Relation {
  const { source } = item;
  const { library } = options;
  if (source !== null) {
    if (names(doc.meta, source) || options.sourceAliases?.includes(source)) return 'same';
    const named = library ? documentNamedBy(library, source) : null;
    if (named !== null && named !== doc.meta.id) return 'other';
    // A URN names a document, wherever it lives: a different one is a different document.
    // A web address might be this article served elsewhere, so it is left to the quote.
    if (/^urn:/i.test(source) && item.sameDocumentHint !== true) {
      return library && named === null ? 'absent' : 'other';
    }
  }
  if (item.sameDocumentHint === true) return 'same';
  if (item.sameDocumentHint === false) return 'other';
  return 'unknown';
}

function resolveId(item: ImportItem, doc: ArticleDocument): string | null {
  const { id } = item;
  switch (id.kind) {
    case 'uuid':
      return id.value;
    case 'foreign':
      return uuidV5(`${doc.meta.id}\n${id.scheme}\n${id.value}`);
    case 'content':
      return uuidV5(
        `${doc.meta.id}\ncontent\n${item.quote?.exact ?? ''}\n${item.position?.start ?? ''}\n${String(item.created ?? '')}`,
      );
    case 'invalid':
      return null;
  }
}

/** True when `source` names a document and the (known) library has none by that name. */
function notHeld(source: string | null, options: ImportOptions): boolean {
  return (
    source !== null &&
    options.library !== undefined &&
    documentNamedBy(options.library, source) === null
  );
}

/** An ISO 8601 time as `Date#toISOString`; undefined passes through; null when invalid. */
function isoTime(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !ISO_8601.test(value.trim())) return null;
  const time = new Date(value.trim());
  if (Number.isNaN(time.getTime())) return null;
  const iso = time.toISOString();
  return isIsoTimestamp(iso) ? iso : null;
}

/** What checking the items of one file shares. */
export interface ImportContext {
  doc: ArticleDocument;
  options: ImportOptions;
  /** Ids met so far in this file. */
  seen: Set<string>;
  locate: Locate;
}

/**
 * Checks one item against the document and turns it into a candidate record, or says why not.
 * An item on the whole document (no selector) becomes a document-level note (target null) when
 * its source names this document.
 * `context.seen` collects ids across the file so a repeated id is refused (the first one wins).
 * Positions are only trusted (and still verified) when the item names this document's own
 * source; other tools' offsets index other texts, so their items are found by quote.
 */
export function toCandidate(
  item: ImportItem,
  context: ImportContext,
): AnnotationRecord | RejectCode {
  const { doc, options, seen } = context;
  const id = resolveId(item, doc);
  if (id === null) return 'invalid-id';
  if (seen.has(id)) return 'duplicate-id';
  seen.add(id);
  const wholeDocument = item.wholeDocument === true && item.quote === null;
  if (!wholeDocument && (item.quote === null || item.quote.exact === '')) return 'missing-target';
  const relation = relationOf(item, doc, options);
  if (relation === 'other') return 'other-document';
  if (relation === 'absent') return 'not-in-library';
  // A note on the whole document has no quote to find it by: only its source can say it is
  // this document's.
  if (wholeDocument && relation !== 'same') {
    // Nothing names any document (a CSV row with a note alone): nothing to attach it to.
    if (item.source === null && relation === 'unknown') return 'missing-target';
    return notHeld(item.source, options) ? 'not-in-library' : 'other-document';
  }
  if (item.color !== undefined && !isHighlightColor(item.color)) return 'invalid-color';
  if (item.note.length > MAX_NOTE_LENGTH) return 'note-too-long';
  const created = isoTime(item.created);
  const modified = isoTime(item.modified);
  if (created === null || modified === null) return 'invalid-date';
  const createdAt = created ?? options.now.toISOString();
  const record = {
    id,
    documentId: doc.meta.id,
    color: isHighlightColor(item.color) ? item.color : 'yellow',
    note: item.note,
    tags: cleanTags(item.tags),
    created: createdAt,
    modified: modified ?? createdAt,
    deleted: null,
  } as const;
  if (item.quote === null) return { ...record, target: null };

  const given: AnnotationTarget = {
    quote: { type: 'TextQuoteSelector', ...item.quote },
    ...(relation === 'same' && item.position
      ? { position: { type: 'TextPositionSelector', ...item.position } }
      : {}),
  };
  const target = context.locate(given);
  // A web address no document of the library goes by, and a quote not in this one: the item
  // is of an article that is not here.
  if (target === null) {
    return relation === 'unknown' && notHeld(item.source, options)
      ? 'not-in-library'
      : 'quote-not-found';
  }
  return { ...record, target };
}
