import { normalizeArabicText, SEARCH_NORMALIZATION } from '../anchoring/normalize-arabic';
import type { LibraryItem, LibrarySort } from './library-item';

/**
 * A title folded for filtering the way find folds text: harakat, tatweel and invisible marks
 * removed, alef forms to ا, ة to ه, ى to ي, Arabic-Indic digits to ASCII, whitespace runs to one
 * space, Latin letters to lower case without their accents. Never throws.
 * @param title any string
 */
export function foldTitle(title: string): string {
  return normalizeArabicText(title, SEARCH_NORMALIZATION).trim();
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
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byId = (a: LibraryItem, b: LibraryItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byAdded = (a: LibraryItem, b: LibraryItem) => b.addedAt - a.addedAt || byId(a, b);
  const compare: Record<LibrarySort, (a: LibraryItem, b: LibraryItem) => number> = {
    // Two never-opened items give NaN (-Infinity minus itself), falsy: they fall to `added`.
    'last-opened': (a, b) =>
      (b.lastOpenedAt ?? -Infinity) - (a.lastOpenedAt ?? -Infinity) || byAdded(a, b),
    added: byAdded,
    title: (a, b) => collator.compare(foldTitle(a.title), foldTitle(b.title)) || byId(a, b),
  };
  return [...items].sort(compare[sort]);
}
