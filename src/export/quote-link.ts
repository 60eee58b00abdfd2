import { z } from 'zod';
import type { AnnotationTarget } from '../anchoring/selectors';

/**
 * Quote links carry a target in the URL fragment as `#quote=<payload>`, the payload being
 * base64url (RFC 4648 §5, no padding) of compact UTF-8 JSON `{v:1,e,p?,s?,a?,b?}` (exact, prefix,
 * suffix, start, end). Base64url uses only [A-Za-z0-9_-], which chat apps, mail clients and
 * autolinkers leave alone and never percent-encode, unlike raw Arabic or the W3C
 * `#selector(...)` form with its parentheses, commas and quotes.
 */
const PARAM = 'quote=';

/** Longest fragment we read, in UTF-16 code units (including '#'); longer ones are refused. */
export const MAX_FRAGMENT_LENGTH = 4096;

const FORMAT_VERSION = 1;

const compactSchema = z
  .object({
    v: z.literal(FORMAT_VERSION),
    e: z.string().min(1),
    p: z.string().optional(),
    s: z.string().optional(),
    a: z.number().int().nonnegative().optional(),
    b: z.number().int().nonnegative().optional(),
  })
  .refine((c) => (c.a === undefined) === (c.b === undefined))
  // A position must span exactly the quote, as positions index the text the quote was taken from.
  .refine((c) => c.a === undefined || c.b === undefined || c.b - c.a === c.e.length);

/** The URL fragment (with its '#') that carries `target`. */
export function quoteLinkFragment(target: AnnotationTarget): string {
  const { quote, position } = target;
  const compact = {
    v: FORMAT_VERSION,
    e: quote.exact,
    ...(quote.prefix !== '' ? { p: quote.prefix } : {}),
    ...(quote.suffix !== '' ? { s: quote.suffix } : {}),
    ...(position ? { a: position.start, b: position.end } : {}),
  };
  // JSON.stringify escapes lone surrogates, so any JS string survives the UTF-8 step.
  return `#${PARAM}${toBase64Url(new TextEncoder().encode(JSON.stringify(compact)))}`;
}

/**
 * The target carried by a URL fragment (`location.hash`, with or without '#', possibly among
 * other `&`-separated parameters), or null when there is none or it is malformed, oversized
 * (over {@link MAX_FRAGMENT_LENGTH}), of a wrong type or inconsistent. Never throws.
 */
export function parseQuoteFragment(hash: unknown): AnnotationTarget | null {
  try {
    if (typeof hash !== 'string' || hash.length > MAX_FRAGMENT_LENGTH) return null;
    const param = hash
      .replace(/^#/, '')
      .split('&')
      .find((part) => part.startsWith(PARAM));
    const payload = param?.slice(PARAM.length);
    if (!payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
    const bytes = fromBase64Url(payload);
    if (!bytes) return null;
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const parsed = compactSchema.safeParse(json);
    if (!parsed.success) return null;
    const c = parsed.data;
    const quote = {
      type: 'TextQuoteSelector' as const,
      exact: c.e,
      prefix: c.p ?? '',
      suffix: c.s ?? '',
    };
    if (c.a === undefined || c.b === undefined) return { quote };
    return { quote, position: { type: 'TextPositionSelector', start: c.a, end: c.b } };
  } catch {
    // Bad base64, bad UTF-8 or bad JSON: a hostile or mangled link is simply not a quote link.
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  // A base64 length of 1 mod 4 cannot come from any byte string.
  if (text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
