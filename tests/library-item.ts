import type { LibraryItem } from '../src/library/library-item';

/** A library row for tests: an Arabic added article with nothing read or highlighted yet. */
export function libraryItem(
  fields: Pick<LibraryItem, 'id' | 'title' | 'addedAt'> & Partial<LibraryItem>,
): LibraryItem {
  return {
    source: null,
    published: null,
    language: 'ar',
    direction: 'rtl',
    lastOpenedAt: null,
    progress: null,
    highlightCount: 0,
    builtIn: false,
    ...fields,
  };
}
