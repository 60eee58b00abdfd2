import { startTransition, useEffect, useState } from 'react';
import type { ArticleDocument } from './article-document';

/**
 * From this many blocks on, a document is long: it is drawn a slice at a time, and blocks away
 * from the screen are neither laid out nor painted (`data-length="long"`, see article.css).
 * The built-in article is far below.
 */
export const LONG_DOCUMENT_BLOCKS = 200;
/** A long document's first slice: more than any screen shows at its first paint. */
const FIRST_SLICE = 60;
/** Each later slice: small enough that putting it in the page is a short task. */
const SLICE = 300;

/**
 * How many of `doc`'s blocks (in order) to draw. A short document: all of them at once. A long
 * one: its first slice, so that its first screen does not wait for thousands of blocks, then
 * one more slice per task, each a transition (its rendering yields to input), until every block
 * is in the page (after which find, selection and copying reach the whole text).
 */
export function useBlocksShown(doc: ArticleDocument): number {
  const total = doc.blocks.length;
  const first = total >= LONG_DOCUMENT_BLOCKS ? FIRST_SLICE : total;
  const [shown, setShown] = useState({ doc, count: first });
  // Another document starts again from its own first slice.
  const count = Math.min(total, shown.doc === doc ? shown.count : first);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() =>
      startTransition(() => setShown({ doc, count: Math.min(total, count + SLICE) })),
    );
    return () => clearTimeout(timer);
  }, [doc, count, total]);
  return count;
}
