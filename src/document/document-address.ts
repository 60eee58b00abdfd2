import { DOC_PARAM, LIBRARY_PARAM } from './document-params';

/** The parts of a page's address that {@link documentAddress} reads (`location` has them). */
export interface PageAddress {
  origin: string;
  pathname: string;
  search: string;
}

/**
 * The absolute address that opens document `documentId`, from the page at `page`: its origin
 * and path (so a path prefix such as `/reader/` stays), `?doc=<id>` in place of any document or
 * library parameter, no fragment. The page's other parameters (`?lang=en`) are kept when
 * `keepParams`. Links made with it open that document wherever the reader was, whatever they
 * opened last. Never throws (an unparsable search counts as empty).
 */
export function documentAddress(page: PageAddress, documentId: string, keepParams = true): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(keepParams ? page.search : '');
  } catch {
    params = new URLSearchParams();
  }
  params.delete(DOC_PARAM);
  params.delete(LIBRARY_PARAM);
  const rest = params.toString();
  const doc = `${DOC_PARAM}=${encodeURIComponent(documentId)}`;
  return `${page.origin}${page.pathname}?${rest ? `${doc}&${rest}` : doc}`;
}
