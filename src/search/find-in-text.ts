import type { NormalizedText } from '../anchoring/normalize-arabic';
import {
  SEARCH_NORMALIZATION,
  normalizeArabic,
  normalizeArabicText,
  toOriginalRange,
} from '../anchoring/normalize-arabic';
import type { TextRange } from '../anchoring/selectors';

/** Options of {@link SearchIndex.findAll}. */
export interface FindOptions {
  /** Stop after this many hits (default: no limit). */
  limit?: number;
}

/** A text normalised once for search, so each keystroke only scans. */
export interface SearchIndex {
  /** See {@link findAll}. */
  findAll(query: string, options?: FindOptions): TextRange[];
}

/**
 * Prepares `text` for repeated searches: normalises it once with the search normalisation
 * (harakat, tatweel, alef variants, ى/ي, ة/ه, digits, Latin case, whitespace), linear time.
 */
export function createSearchIndex(text: string): SearchIndex {
  const norm = normalizeArabic(text, SEARCH_NORMALIZATION);
  return { findAll: (query, options) => scan(norm, query, options?.limit ?? Infinity) };
}

/**
 * Every occurrence of `query` in `text` under the search normalisation («الاستجابه» finds
 * «الاستجابة», «اكثر» finds «أكثر», «٢٠٢٢» finds «2022»), as UTF-16 ranges of `text` in reading
 * order, non-overlapping. A hit starts on a letter and ends after its harakat. Leading and
 * trailing whitespace of the query is ignored; an empty or whitespace-only (or harakat-only)
 * query finds nothing. For many queries on one text use {@link createSearchIndex}.
 */
export function findAll(query: string, text: string, options?: FindOptions): TextRange[] {
  return createSearchIndex(text).findAll(query, options);
}

function scan(norm: NormalizedText, query: string, limit: number): TextRange[] {
  const needle = normalizeArabicText(query, SEARCH_NORMALIZATION).trim();
  const hits: TextRange[] = [];
  if (needle === '') return hits;
  const haystack = norm.text;
  for (let at = haystack.indexOf(needle); at >= 0 && hits.length < limit;) {
    hits.push(toOriginalRange(norm, at, at + needle.length));
    at = haystack.indexOf(needle, at + needle.length);
  }
  return hits;
}
