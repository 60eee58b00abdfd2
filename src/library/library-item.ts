/** How the library orders its articles: most recently opened first (the default), newest added first, or by title. */
export type LibrarySort = 'last-opened' | 'added' | 'title';

/** Every {@link LibrarySort}, the default first. */
export const LIBRARY_SORTS: readonly LibrarySort[] = ['last-opened', 'added', 'title'];

/**
 * One document as the library lists it: what the view shows and sorts by, read from the store
 * (or the built-in article) by whoever renders the library. Times are milliseconds since the epoch.
 */
export interface LibraryItem {
  id: string;
  title: string;
  /** The site's own name, else the source URL's host; null when the article names neither. */
  source: string | null;
  /** ISO 8601 calendar date (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** BCP 47 language of the article's text, for its title's `lang`. */
  language: string;
  direction: 'rtl' | 'ltr';
  addedAt: number;
  /** Null when the article was never opened on this device. */
  lastOpenedAt: number | null;
  /** How far the reader got, 0..1; null when never read. */
  progress: number | null;
  highlightCount: number;
  /** The bundled article: hidden rather than deleted. */
  builtIn: boolean;
}
