import { normalizeArabicText, SEARCH_NORMALIZATION } from '../../anchoring/normalize-arabic';
import { NON_TEXT_SELECTOR } from './html-blocks';

/**
 * Landmarks that are never the article: Readability's heuristics skip most menus, comments
 * and share bars by class name, but these are certain.
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
/** A teaser label standing alone before its list ("اقرأ أيضاً:") is at most this long. */
const TEASER_LABEL_LENGTH = 30;

/**
 * Removes from a parsed page what is never article text, before Readability scores it: code,
 * embeds and form controls ({@link NON_TEXT_SELECTOR}), navigation and complementary
 * landmarks, ad slots, and a page header or footer that neither holds nor sits in an
 * `article` or `main`. Changes only `doc`.
 * @param doc a DOMParser document (never the live page)
 */
export function stripPageFurniture(doc: Document): void {
  doc.querySelectorAll(`${NON_TEXT_SELECTOR},${FURNITURE_SELECTOR}`).forEach((el) => el.remove());
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if ([...el.classList, el.id].some((word) => AD_WORD.test(word))) el.remove();
  }
  for (const el of doc.querySelectorAll('header, footer, [role="banner" i]')) {
    if (!el.closest('article, main') && !el.querySelector('article, main')) el.remove();
  }
}

/**
 * Removes "read also" teasers from an extracted article: an element starting with a teaser
 * phrase whose letters are mostly in links, or a bare teaser label with the list of links that
 * follows it. A sentence that merely starts like one (mostly text) stays.
 * @param root the article content Readability kept, in a DOMParser document
 */
export function removeTeasers(root: Element): void {
  for (const el of root.querySelectorAll('p, li, div, h2, h3, h4, h5, h6')) {
    const text = normalizeArabicText(el.textContent ?? '', SEARCH_NORMALIZATION).trim();
    if (!TEASER_LEAD.test(text)) continue;
    const next = el.nextElementSibling;
    if (linkShare(el) >= TEASER_LINK_SHARE) {
      el.remove();
    } else if (
      text.length <= TEASER_LABEL_LENGTH &&
      next?.matches('ul, ol') &&
      linkShare(next) >= TEASER_LINK_SHARE
    ) {
      next.remove();
      el.remove();
    }
  }
}

/** The share of an element's letters that are inside links (0 when it has no letters). */
function linkShare(el: Element): number {
  const all = letterCount(el);
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + letterCount(a), 0);
  return all === 0 ? 0 : linked / all;
}

function letterCount(node: Node): number {
  return (node.textContent ?? '').match(/\p{L}/gu)?.length ?? 0;
}
