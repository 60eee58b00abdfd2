import type { ArticleDocument } from '../article/article-document';

/** What the address's `#fragment` points at in the article. */
export type LocationTarget =
  | { kind: 'block'; blockId: string }
  | { kind: 'quote'; hash: string }
  | { kind: 'highlight'; id: string }
  | null;

/** Longest `location.hash` we read, in UTF-16 code units; longer ones are ignored. */
const MAX_HASH_LENGTH = 4096;

// Annotation ids are UUIDs (src/storage/validate-annotation.ts): anything else cannot name one,
// and a strict shape keeps markup and selector syntax out of the query built from it.
const HEX = '[0-9A-Fa-f]';
const HIGHLIGHT_PARAM = new RegExp(
  `^highlight=(${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12})$`,
);

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
    const id = HIGHLIGHT_PARAM.exec(part)?.[1];
    if (id) return { kind: 'highlight', id };
  }
  const block = doc.blocks.find((b) => b.id === fragment);
  return block ? { kind: 'block', blockId: block.id } : null;
}
