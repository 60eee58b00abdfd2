import { normalizeArabicText, SEARCH_NORMALIZATION } from '../anchoring/normalize-arabic';
import type { AnnotationRecord } from '../storage/annotation-record';

/** The notes list's filters; an absent field does not filter. */
export interface AnnotationFilter {
  color?: string;
  tag?: string;
  /** Words to find in the quote, the note or the tags, compared the Arabic way (see the normaliser). */
  query?: string;
  /** Ids allowed by another filter (a timeline event); absent means all. */
  ids?: ReadonlySet<string>;
}

/** True when any field of the filter would narrow the list. */
export function isFiltering(filter: AnnotationFilter): boolean {
  return !!(filter.color || filter.tag || filter.query?.trim() || filter.ids);
}

const searchable = (text: string) => normalizeArabicText(text, SEARCH_NORMALIZATION);

/**
 * Joins a record's fields in its haystack. It survives normalisation and is taken out of every
 * query, so a match never runs from the end of one field into the next (it would have nothing
 * to mark in the card).
 */
const FIELD_SEPARATOR = '\u0001';

/**
 * Each record's quote, note and tags, normalised once into one string: the cache hands back
 * the same record object until it changes, so a keystroke in the notes search normalises only
 * the query and looks through one string per record.
 */
const haystacks = new WeakMap<AnnotationRecord, string>();

function haystackOf(record: AnnotationRecord): string {
  let haystack = haystacks.get(record);
  if (haystack === undefined) {
    haystack = searchable(
      // A document-level note has no quote.
      [record.target?.quote.exact ?? '', record.note, ...record.tags].join(FIELD_SEPARATOR),
    );
    haystacks.set(record, haystack);
  }
  return haystack;
}

/** The query last normalised: one keystroke filters every record with the same query. */
let lastQuery: { raw: string; searchable: string } = { raw: '', searchable: '' };

function searchableQuery(raw: string): string {
  if (lastQuery.raw !== raw) {
    lastQuery = { raw, searchable: searchable(raw.replaceAll(FIELD_SEPARATOR, '')).trim() };
  }
  return lastQuery.searchable;
}

/**
 * Normalises the searchable fields of `records` ahead of the first search (idle time after
 * the list loads), so the first keystroke costs what the others do.
 */
export function prepareSearch(records: readonly AnnotationRecord[]): void {
  for (const record of records) haystackOf(record);
}

/** True when the record passes every filter that is set. */
export function matchesFilter(record: AnnotationRecord, filter: AnnotationFilter): boolean {
  const query = searchableQuery(filter.query ?? '');
  return passesChoices(record, filter) && (!query || haystackOf(record).includes(query));
}

/** The color, tag and ids filters, the ones that are set. */
function passesChoices(record: AnnotationRecord, filter: AnnotationFilter): boolean {
  // A document-level note has no highlight, so no color to match.
  if (filter.color && (record.target === null || record.color !== filter.color)) return false;
  if (filter.tag && !record.tags.includes(filter.tag)) return false;
  return !filter.ids || filter.ids.has(record.id);
}

/** Filters whole lists, each pass starting from the last one's result when it can. */
export type AnnotationFilterPass = (
  records: readonly AnnotationRecord[],
  filter: AnnotationFilter,
) => AnnotationRecord[];

/**
 * The live records of `records` that pass `filter`, as a function that remembers its last
 * pass: when the records are the same list and the new filter only narrows the last one (the
 * same color, tag and ids, and a search that contains the last search, as a reader typing on
 * makes it), only the last pass's matches are looked at. A record that lacks the shorter query
 * lacks every query containing it.
 */
export function createFilterPass(): AnnotationFilterPass {
  let list: readonly AnnotationRecord[] | null = null;
  // The records' haystacks by index, looked up once per list on its first search: a keystroke
  // then reads an array, not a WeakMap per record (20,000 of them on the first letter). A list
  // shown unfiltered, as it opens, normalises nothing.
  let hay: string[] | null = null;
  let last: { filter: AnnotationFilter; matched: number[] } | null = null;
  return (records, filter) => {
    if (records !== list) {
      list = records;
      hay = null;
      last = null;
    }
    const from = last && narrows(last.filter, filter) ? last.matched : null;
    const query = searchableQuery(filter.query ?? '');
    if (query) hay ??= records.map(haystackOf);
    const matched: number[] = [];
    for (let k = 0, n = from ? from.length : records.length; k < n; k++) {
      const i = from ? (from[k] as number) : k;
      const r = records[i] as AnnotationRecord;
      if (r.deleted !== null || (hay && query && !(hay[i] as string).includes(query))) continue;
      if (passesChoices(r, filter)) matched.push(i);
    }
    last = { filter, matched };
    return matched.map((i) => records[i] as AnnotationRecord);
  };
}

function narrows(before: AnnotationFilter, after: AnnotationFilter): boolean {
  if (before.color !== after.color || before.tag !== after.tag || before.ids !== after.ids) {
    return false;
  }
  const shorter = searchableQuery(before.query ?? '');
  return searchableQuery(after.query ?? '').includes(shorter);
}

/** Every tag used by the records, sorted for display in `locale`. */
export function allTags(records: readonly AnnotationRecord[], locale: string): string[] {
  // A loop, not flatMap: 20,000 records would make 20,000 arrays to join.
  const tags = new Set<string>();
  for (const record of records) for (const tag of record.tags) tags.add(tag);
  return [...tags].sort(new Intl.Collator(locale).compare);
}
