import type { TextDirection } from '../document/article-document';
import {
  createFilterPass,
  type AnnotationFilter,
  type AnnotationFilterPass,
} from './filter-annotations';
import type { AnnotationRecord } from '../storage/annotation-record';

/** What the all-notes view needs of a document: its id, title and how its text reads. */
export interface NoteDocument {
  id: string;
  title: string;
  /** BCP 47 tag of the document's text: its quotes keep it. */
  language: string;
  direction: TextDirection;
}

/** How the list is laid out: one list newest first, or one group per document. */
export type AllNotesOrder = 'newest' | 'by-document';
/** How document groups are ordered: by title, or the group with the latest change first. */
export type GroupOrder = 'title' | 'changed';

/** The view's filters: the notes panel's (search, color, tag) and one document. */
export interface AllNotesFilter extends Omit<AnnotationFilter, 'ids'> {
  /** Only this document's annotations; absent means every document. */
  documentId?: string;
}

/** One document's annotations in the grouped layout, newest first. */
export interface NoteGroup {
  document: NoteDocument;
  records: AnnotationRecord[];
}

/** Newest `created` first; the id breaks ties so the order never depends on the input's. */
function newestFirst(a: AnnotationRecord, b: AnnotationRecord): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The live annotations of the documents in `documents` (others belong to a document in the
 * Trash or gone), newest first. Sorted once: every filter keeps this order.
 */
export function libraryNotes(
  records: readonly AnnotationRecord[],
  documents: ReadonlyMap<string, NoteDocument>,
): AnnotationRecord[] {
  return records.filter((r) => r.deleted === null && documents.has(r.documentId)).sort(newestFirst);
}

/** Narrows whole lists; each pass reuses the last one's result when the filter only narrows. */
export type AllNotesSelection = (
  records: readonly AnnotationRecord[],
  filter: AllNotesFilter,
) => AnnotationRecord[];

/**
 * A selection function for the all-notes view: the notes search (Arabic folding, over quote,
 * note and tags), color and tag of `filter-annotations`, plus one document. Keeps the input's
 * order. Remembers one pass per document filter, so typing on narrows the last result.
 */
export function createAllNotesSelection(): AllNotesSelection {
  const byDocument = new WeakMap<readonly AnnotationRecord[], Map<string, AnnotationRecord[]>>();
  const passes = new Map<string, AnnotationFilterPass>();
  return (records, { documentId, ...filter }) => {
    let from = records;
    if (documentId !== undefined) {
      let split = byDocument.get(records);
      if (!split) {
        split = new Map();
        for (const record of records) {
          const list = split.get(record.documentId);
          if (list) list.push(record);
          else split.set(record.documentId, [record]);
        }
        byDocument.set(records, split);
      }
      from = split.get(documentId) ?? [];
    }
    const key = documentId ?? '';
    let pass = passes.get(key);
    if (!pass) {
      pass = createFilterPass();
      passes.set(key, pass);
    }
    return pass(from, filter);
  };
}

/**
 * `records` (newest first) in one group per document, each group newest first. Groups follow
 * `order`: titles compared in `locale`, or the latest `modified` of a group's annotations first.
 * A record whose document is not in `documents` is left out.
 */
export function groupByDocument(
  records: readonly AnnotationRecord[],
  documents: ReadonlyMap<string, NoteDocument>,
  order: GroupOrder,
  locale: string,
): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  const changed = new Map<string, string>();
  for (const record of records) {
    const document = documents.get(record.documentId);
    if (!document) continue;
    let group = groups.get(document.id);
    if (!group) {
      group = { document, records: [] };
      groups.set(document.id, group);
    }
    group.records.push(record);
    if ((changed.get(document.id) ?? '') < record.modified) {
      changed.set(document.id, record.modified);
    }
  }
  const collator = new Intl.Collator(locale);
  const byTitle = (a: NoteGroup, b: NoteGroup) =>
    collator.compare(a.document.title, b.document.title) ||
    (a.document.id < b.document.id ? -1 : 1);
  const byChange = (a: NoteGroup, b: NoteGroup) => {
    const left = changed.get(a.document.id) ?? '';
    const right = changed.get(b.document.id) ?? '';
    return left === right ? byTitle(a, b) : left < right ? 1 : -1;
  };
  return [...groups.values()].sort(order === 'title' ? byTitle : byChange);
}
