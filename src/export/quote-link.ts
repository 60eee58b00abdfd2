import type { AnnotationTarget } from '../anchoring/selectors';
import { documentAddress, type PageAddress } from '../document/document-address';

/**
 * Quote links carry a target in the URL fragment as `#quote=<payload>`, the payload being
 * base64url (RFC 4648 §5, no padding) of compact UTF-8 JSON `{v:1,e,p?,s?,a?,b?}` (exact, prefix,
 * suffix, start, end). Base64url uses only [A-Za-z0-9_-], which chat apps, mail clients and
 * autolinkers leave alone and never percent-encode, unlike raw Arabic or the W3C
 * `#selector(...)` form with its parentheses, commas and quotes.
 */
export const QUOTE_PARAM = 'quote=';

/** The payload format's version, `v` in the JSON. */
export const QUOTE_LINK_VERSION = 1;

/** The URL fragment (with its '#') that carries `target`. */
export function quoteLinkFragment(target: AnnotationTarget): string {
  const { quote, position } = target;
  const compact = {
    v: QUOTE_LINK_VERSION,
    e: quote.exact,
    ...(quote.prefix !== '' ? { p: quote.prefix } : {}),
    ...(quote.suffix !== '' ? { s: quote.suffix } : {}),
    ...(position ? { a: position.start, b: position.end } : {}),
  };
  // JSON.stringify escapes lone surrogates, so any JS string survives the UTF-8 step.
  return `#${QUOTE_PARAM}${toBase64Url(new TextEncoder().encode(JSON.stringify(compact)))}`;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The whole quote link: the address of document `documentId` from the page at `page` (path
 * prefix and other parameters kept, see `documentAddress`) with `target` in its fragment, so
 * it opens that document at the quote, not whichever document the reader opened last.
 */
export function quoteLinkUrl(
  page: PageAddress,
  documentId: string,
  target: AnnotationTarget,
): string {
  return `${documentAddress(page, documentId)}${quoteLinkFragment(target)}`;
}
