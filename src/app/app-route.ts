import { DOC_PARAM, LIBRARY_PARAM } from '../document/document-params';

/**
 * Where the address points: a document (`?doc=<id>`), the library (`?library`), every note of
 * the library (`?notes`), a `?doc=` that
 * cannot name any document (`invalid-document`), or nothing said (`home`: the document the
 * reader had open last, the built-in article on a first visit). The query string survives
 * `vite preview`, the service worker's navigation fallback and any path prefix; the `#fragment`
 * stays free for in-document targets (`#quote=…`, `#highlight=…`, `#b7`).
 */
export type AppRoute =
  | { kind: 'home' }
  | { kind: 'library' }
  | { kind: 'notes' }
  | { kind: 'document'; id: string }
  | { kind: 'invalid-document' };

export { DOC_PARAM, LIBRARY_PARAM };
/** The query parameter (without a value) that opens every note of the library. */
export const NOTES_PARAM = 'notes';

/** Longest `location.search` we read, in UTF-16 units; a longer one is treated as `home`. */
const MAX_SEARCH_LENGTH = 4096;
/**
 * A document id as the app makes them (UUIDs, and slugs such as `tass-ar-2022-02-09-csto-zas`):
 * letters, digits and `.` `_` `:` `-`, at most 128. Nothing else reaches a query or the page.
 */
const DOCUMENT_ID = /^[A-Za-z0-9][\w.:-]{0,127}$/u;

/** True when `value` has the shape of a document id. */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

/**
 * Reads `location.search` defensively: `?doc=` wins over `?library`, which wins over `?notes`; other
 * parameters (`?lang=en`) are ignored. A malformed, empty or hostile `doc` value is
 * `invalid-document`; an oversized or unparsable search is `home`. Never throws.
 * @param search the page's `location.search`, with or without its leading `?`
 */
export function parseRoute(search: string): AppRoute {
  if (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH) return { kind: 'home' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { kind: 'home' };
  }
  if (params.has(DOC_PARAM)) {
    const id = params.get(DOC_PARAM);
    return isDocumentId(id) ? { kind: 'document', id } : { kind: 'invalid-document' };
  }
  if (params.has(LIBRARY_PARAM)) return { kind: 'library' };
  return { kind: params.has(NOTES_PARAM) ? 'notes' : 'home' };
}

/**
 * The search string (with its `?`, or empty) for `route`, keeping every other parameter of
 * `currentSearch` (such as `?lang=en`) as it was. `invalid-document` is written as `home`.
 * Joined to the page's path with no hash, it is an address that works under any path prefix.
 * @param currentSearch the page's `location.search`
 */
export function routeSearch(route: AppRoute, currentSearch: string): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(currentSearch.length > MAX_SEARCH_LENGTH ? '' : currentSearch);
  } catch {
    params = new URLSearchParams();
  }
  params.delete(DOC_PARAM);
  params.delete(LIBRARY_PARAM);
  params.delete(NOTES_PARAM);
  if (route.kind === 'document') params.set(DOC_PARAM, route.id);
  const rest = params.toString();
  // `?library` and `?notes` read better without the `=` URLSearchParams would write after them.
  // Each is named as its parameter.
  const bare = route.kind === LIBRARY_PARAM || route.kind === NOTES_PARAM ? [route.kind] : [];
  const parts = [...bare, ...(rest ? [rest] : [])];
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * A relative address for `route` from the page at `pathname` with search `currentSearch`: the
 * path kept (so `/reader/` stays `/reader/`), the hash dropped (it belonged to the old page).
 */
export function routeHref(route: AppRoute, pathname: string, currentSearch: string): string {
  return `${pathname}${routeSearch(route, currentSearch)}`;
}
