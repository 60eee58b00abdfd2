import { titlesAgree } from './title-agreement';

/** A document a row of highlights may belong to. */
export interface RouteCandidate {
  id: string;
  /** The names it goes by: its title, and its title in other languages. */
  titles: readonly string[];
  /** True when `quote` is found in its text (exactly or approximately, as anchoring finds it). */
  hasQuote: (quote: string) => boolean;
}

/**
 * Where a row goes:
 * `document`: to the document its quote is in (`titleAgrees` false when the row's title names
 *   it otherwise, to be shown in the preview; null when the row has no title);
 * `quote-not-found`: its title names a document (`documentId`) but its quote is not in it;
 * `no-document`: neither its quote nor its title leads to a document of the candidates;
 * `ambiguous`: its quote is in several documents and its title singles out none of them.
 */
export type RowRoute =
  | { kind: 'document'; documentId: string; titleAgrees: boolean | null }
  | { kind: 'quote-not-found'; documentId: string }
  | { kind: 'no-document' }
  | { kind: 'ambiguous'; documentIds: string[] };

/**
 * Routes one row of an export (a Readwise CSV row: a quote and the title of what it was
 * highlighted in) among candidate documents. A row belongs to a document when its quote is found
 * in that document's text and its title agrees loosely ({@link titlesAgree}); a title that
 * disagrees while the quote is found still routes it there, with the difference said. Documents
 * whose title agrees are tried first, so the others are searched only when needed. Never throws.
 */
export function routeRow(
  row: { title: string; quote: string },
  candidates: readonly RouteCandidate[],
): RowRoute {
  const titled = row.title.trim() !== '';
  const agreeing = titled
    ? candidates.filter((c) => c.titles.some((t) => titlesAgree(t, row.title)))
    : [];
  const named = agreeing.find((c) => c.hasQuote(row.quote));
  if (named) return { kind: 'document', documentId: named.id, titleAgrees: true };
  const others = candidates.filter((c) => !agreeing.includes(c) && c.hasQuote(row.quote));
  const [only, ...more] = others;
  if (only && more.length === 0) {
    return { kind: 'document', documentId: only.id, titleAgrees: titled ? false : null };
  }
  if (only) return { kind: 'ambiguous', documentIds: others.map((c) => c.id) };
  const [titledDoc] = agreeing;
  return titledDoc
    ? { kind: 'quote-not-found', documentId: titledDoc.id }
    : { kind: 'no-document' };
}
