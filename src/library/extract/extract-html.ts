import { Readability } from '@mozilla/readability';
import { cleanInput } from './clean-text';
import type { ExtractedBlock, ExtractNotice } from './extracted-article';
import { blocksFromElement } from './html-blocks';
import type { PageMetadata } from './page-metadata';
import { bylineAuthor, readPageMetadata } from './page-metadata';
import { removeTeasers, stripPageFurniture } from './strip-page-furniture';

/** A saved page's article: its blocks and metadata, or why there is none. */
export type HtmlPageResult =
  | { ok: true; blocks: ExtractedBlock[]; meta: PageMetadata; notices: ExtractNotice[] }
  | { ok: false; error: 'no-article' };

/** Blocks of a clipboard fragment and what the reader should be told. */
export interface HtmlFragmentBlocks {
  blocks: ExtractedBlock[];
  notices: ExtractNotice[];
}

/** An article has at least this many letters; less is a menu, an error page or a stub. */
const MIN_ARTICLE_LETTERS = 80;

/**
 * Extracts the article of a saved web page: parses it with DOMParser (an inert document: no
 * script runs, nothing loads, the live page is never touched), reads its metadata, strips
 * what is never article text ({@link stripPageFurniture}), runs Readability, drops "read
 * also" teasers from what it kept and turns the rest into blocks ({@link blocksFromElement}).
 * `no-article` when Readability finds nothing or fewer than 80 letters. Never throws.
 * @param raw the .html/.htm file's text
 */
export function extractHtmlPage(raw: string): HtmlPageResult {
  const { text, controlsStripped } = cleanInput(raw);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const meta = readPageMetadata(doc);
  stripPageFurniture(doc);
  let content: Node | null | undefined;
  let byline: string | null | undefined;
  let title: string | null | undefined;
  try {
    const article = new Readability(doc, { serializer: (node: Node) => node }).parse();
    content = article?.content;
    byline = article?.byline;
    title = article?.title;
  } catch {
    return { ok: false, error: 'no-article' };
  }
  if (!content || content.nodeType !== content.ELEMENT_NODE)
    return { ok: false, error: 'no-article' };
  removeTeasers(content as Element);
  const blocks = blocksFromElement(content as Element);
  const letters = blocks.reduce((n, b) => n + (b.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < MIN_ARTICLE_LETTERS) return { ok: false, error: 'no-article' };
  return {
    ok: true,
    blocks,
    meta: {
      ...meta,
      // Readability trims a site name it does not know from <title>; ours only one we know.
      title: meta.title ?? (title?.trim() || meta.documentTitle),
      author: meta.author ?? bylineAuthor(byline),
    },
    notices: controlsStripped ? ['control-characters-stripped'] : [],
  };
}

/**
 * Turns rich text from the clipboard (`text/html`, a fragment of a page as the browser
 * copied it) into blocks: headings, paragraphs, list items and quotes are kept; scripts,
 * embeds, images and form controls are dropped; everything else becomes text. No Readability:
 * the reader chose this fragment. Never throws.
 * @param raw the clipboard's `text/html` string
 */
export function extractHtmlFragment(raw: string): HtmlFragmentBlocks {
  const { text, controlsStripped } = cleanInput(raw);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  return {
    blocks: blocksFromElement(doc.body),
    notices: controlsStripped ? ['control-characters-stripped'] : [],
  };
}
