import { Readability } from '@mozilla/readability';
import { normalizeArabicText, SEARCH_NORMALIZATION } from '../anchoring/normalize-arabic';
import { cleanInput } from './clean-text';
import type { ExtractedBlock, ExtractNotice } from './extracted-article';
import { blocksFromElement, NON_TEXT_SELECTOR } from './html-blocks';
import type { PageMetadata } from './page-metadata';
import { readPageMetadata } from './page-metadata';

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
 * Page furniture removed before Readability scores the page: its heuristics already skip
 * most menus, comments and share bars by class name, but landmarks and ad slots are certain.
 * A page header or footer goes only when it neither holds nor sits in the article.
 */
const FURNITURE_SELECTOR = [
  'nav',
  'aside',
  '[role="navigation" i]',
  '[role="complementary" i]',
  '[role="contentinfo" i]',
  '[role="search" i]',
  'ins.adsbygoogle',
].join(',');
/** Class or id words of ad slots and promoted content. */
const AD_WORD =
  /^(?:ads?|advert\w*|adsbygoogle|sponsored|promo(?:ted)?|dfp\w*)$|^ads?[-_]|[-_]ads?$/iu;

/**
 * How a "read also" teaser starts, after Arabic folding (so اقرأ أيضاً, إقرأ ايضا and اقرأ
 * أيضًا all match): news sites set links to their other stories inside the article body.
 */
const TEASER_LEAD =
  /^(?:(?:اقرا|شاهد|طالع) (?:ايضا|المزيد)|(?:read|see) (?:also|more)\b|related:)/u;
/** A teaser is mostly link: at least this share of its letters are in links. */
const TEASER_LINK_SHARE = 0.5;

/**
 * Extracts the article of a saved web page: parses it with DOMParser (an inert document: no
 * script runs, nothing loads, the live page is never touched), reads its metadata, removes
 * code, embeds, forms, landmarks and ad slots, runs Readability, drops "read also" teasers
 * from what it kept and turns the rest into blocks (see {@link blocksFromElement}). `no-article` when Readability finds nothing or what it
 * finds has fewer than 80 letters. Never throws.
 * @param raw the .html/.htm file's text
 */
export function extractHtmlPage(raw: string): HtmlPageResult {
  const { text, controlsStripped } = cleanInput(raw);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const meta = readPageMetadata(doc);
  removeAll(doc, NON_TEXT_SELECTOR);
  removeAll(doc, FURNITURE_SELECTOR);
  removeAds(doc);
  removeOuterHeadersAndFooters(doc);
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
      author: meta.author ?? (byline?.trim() || null),
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

function removeAll(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((el) => el.remove());
}

function removeAds(doc: Document): void {
  for (const el of doc.body.querySelectorAll('[class], [id]')) {
    const words = [...el.classList, el.id];
    if (words.some((word) => AD_WORD.test(word))) el.remove();
  }
}

function removeOuterHeadersAndFooters(doc: Document): void {
  for (const el of doc.querySelectorAll('header, footer, [role="banner" i]')) {
    if (!el.closest('article, main') && !el.querySelector('article, main')) el.remove();
  }
}

/**
 * Removes "read also" teasers: an element starting with a teaser phrase whose text is mostly
 * link, or a bare teaser phrase (a label) together with the list of links that follows it.
 */
function removeTeasers(root: Element): void {
  for (const el of root.querySelectorAll('p, li, div, h2, h3, h4, h5, h6')) {
    const text = normalizeArabicText(el.textContent ?? '', SEARCH_NORMALIZATION).trim();
    if (!TEASER_LEAD.test(text)) continue;
    const next = el.nextElementSibling;
    if (linkShare(el) >= TEASER_LINK_SHARE) el.remove();
    else if (text.length <= 30 && next?.matches('ul, ol') && linkShare(next) >= TEASER_LINK_SHARE) {
      next.remove();
      el.remove();
    }
  }
}

/** The share of an element's letters that are inside links (0 when it has no letters). */
function linkShare(el: Element): number {
  const letters = (node: Node) => (node.textContent ?? '').match(/\p{L}/gu)?.length ?? 0;
  const all = letters(el);
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + letters(a), 0);
  return all === 0 ? 0 : linked / all;
}
