import { normalizeArabicText, SEARCH_NORMALIZATION } from '../anchoring/normalize-arabic';
import type { LibraryItem, LibrarySort } from './library-item';

/** Folded titles already worked out, by title: a keystroke in the filter folds none again. */
const folded = new Map<string, string>();
/** Past this many titles the memo starts again, so a long session does not keep every one. */
const MEMO_LIMIT = 20_000;
const collators = new Map<string, Intl.Collator>();

/**
 * A title folded for filtering the way find folds text: harakat, tatweel and invisible marks
 * removed, alef forms to ا, ة to ه, ى to ي, Arabic-Indic digits to ASCII, whitespace runs to one
 * space, Latin letters to lower case without their accents. Remembered by title, so the library's
 * filter and sort fold each title once, not at every keystroke or comparison. Never throws.
 * @param title any string
 */
export function foldTitle(title: string): string {
  let fold = folded.get(title);
  if (fold === undefined) {
    fold = normalizeArabicText(title, SEARCH_NORMALIZATION).trim();
    if (folded.size >= MEMO_LIMIT) folded.clear();
    folded.set(title, fold);
  }
  return fold;
}

/**
 * The items whose folded title contains the folded `query`, in their given order; all of them
 * for an empty (or harakat- or whitespace-only) query.
 */
export function filterLibrary(items: readonly LibraryItem[], query: string): LibraryItem[] {
  const needle = foldTitle(query);
  if (!needle) return [...items];
  return items.filter((item) => foldTitle(item.title).includes(needle));
}

/** One collator per locale: making one costs far more than a comparison. */
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * The items in the order `sort` names, as a new array: `last-opened` most recent first, never
 * opened ones after them newest added first; `added` newest first; `title` alphabetically in
 * `locale` (folded, so harakat and case do not reorder). Ties keep a stable order by id.
 * @param locale the UI language, for the title collation
 */
export function sortLibrary(
  items: readonly LibraryItem[],
  sort: LibrarySort,
  locale: string,
): LibraryItem[] {
  const byId = (a: LibraryItem, b: LibraryItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byAdded = (a: LibraryItem, b: LibraryItem) => b.addedAt - a.addedAt || byId(a, b);
  if (sort === 'title') {
    // Each title folded once, not twice per comparison.
    const collator = collatorFor(locale);
    const keyed = items.map((item) => ({ item, key: foldTitle(item.title) }));
    keyed.sort((a, b) => collator.compare(a.key, b.key) || byId(a.item, b.item));
    return keyed.map(({ item }) => item);
  }
  // Two never-opened items give NaN (-Infinity minus itself), falsy: they fall to `added`.
  const byOpened = (a: LibraryItem, b: LibraryItem) =>
    (b.lastOpenedAt ?? -Infinity) - (a.lastOpenedAt ?? -Infinity) || byAdded(a, b);
  return [...items].sort(sort === 'added' ? byAdded : byOpened);
}
