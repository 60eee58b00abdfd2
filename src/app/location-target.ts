import type { ArticleDocument } from '../document/article-document';
import { isUuid } from '../storage/annotation-record';

/** What the address's `#fragment` points at in the article. */
export type LocationTarget =
  | { kind: 'block'; blockId: string }
  | { kind: 'quote'; hash: string }
  | { kind: 'highlight'; id: string }
  | null;

/** Longest `location.hash` we read, in UTF-16 code units; longer ones are ignored. */
const MAX_HASH_LENGTH = 4096;

const HIGHLIGHT_PARAM = 'highlight=';

/**
 * Reads `location.hash` defensively: a copied quote link (`#quote=…`, parsed later by the
 * quote-link module), a stored highlight (`#highlight=<annotation UUID>`, kept as written), or
 * a block id (`#b7`), in that order of precedence; parameters may be `&`-separated. Anything
 * else, malformed, oversized or hostile, is ignored (null). Never throws.
 */
export function locationTarget(hash: string, doc: ArticleDocument): LocationTarget {
  if (typeof hash !== 'string' || hash.length < 2 || hash.length > MAX_HASH_LENGTH) return null;
  const fragment = hash.replace(/^#/, '');
  if (/(^|&)quote=/.test(fragment)) return { kind: 'quote', hash };
  for (const part of fragment.split('&')) {
    // Annotation ids are UUIDs: anything else cannot name one, and the strict shape keeps
    // markup and selector syntax out of the query built from it.
    const id = part.startsWith(HIGHLIGHT_PARAM) ? part.slice(HIGHLIGHT_PARAM.length) : '';
    if (isUuid(id)) return { kind: 'highlight', id };
  }
  const block = doc.blocks.find((b) => b.id === fragment);
  return block ? { kind: 'block', blockId: block.id } : null;
}
