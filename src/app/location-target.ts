import type { ArticleDocument } from '../article/article-document';

/** What the address's `#fragment` points at in the article. */
export type LocationTarget =
  { kind: 'block'; blockId: string } | { kind: 'quote'; hash: string } | null;

/**
 * Reads `location.hash` defensively: a block id (`#b7`) or a quote link (`#quote=…`, parsed
 * later by the quote-link module); anything else, malformed or hostile, is ignored (null).
 */
export function locationTarget(hash: string, doc: ArticleDocument): LocationTarget {
  if (typeof hash !== 'string' || hash.length < 2 || hash.length > 4096) return null;
  const fragment = hash.replace(/^#/, '');
  if (/(^|&)quote=/.test(fragment)) return { kind: 'quote', hash };
  const block = doc.blocks.find((b) => b.id === fragment);
  return block ? { kind: 'block', blockId: block.id } : null;
}
