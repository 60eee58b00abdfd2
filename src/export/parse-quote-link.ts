import { z } from 'zod';
import type { AnnotationTarget } from '../anchoring/selectors';
import { QUOTE_LINK_VERSION, QUOTE_PARAM } from './quote-link';

// Reading a quote link (see quote-link.ts for the format) needs zod; making one does not, so
// copying a quote never loads it.

/** Longest fragment we read, in UTF-16 code units (including '#'); longer ones are refused. */
export const MAX_FRAGMENT_LENGTH = 4096;

const compactSchema = z
  .object({
    v: z.literal(QUOTE_LINK_VERSION),
    e: z.string().min(1),
    p: z.string().optional(),
    s: z.string().optional(),
    a: z.number().int().nonnegative().optional(),
    b: z.number().int().nonnegative().optional(),
  })
  .refine((c) => (c.a === undefined) === (c.b === undefined))
  // A position must span exactly the quote, as positions index the text the quote was taken from.
  .refine((c) => c.a === undefined || c.b === undefined || c.b - c.a === c.e.length);

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
      .find((part) => part.startsWith(QUOTE_PARAM));
    const payload = param?.slice(QUOTE_PARAM.length);
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

function fromBase64Url(text: string): Uint8Array | null {
  // A base64 length of 1 mod 4 cannot come from any byte string.
  if (text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
