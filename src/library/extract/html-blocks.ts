import { cleanBlockText } from './clean-text';
import type { ExtractedBlock, ExtractedBlockKind } from './extracted-article';

/**
 * Elements whose content is never article text: code, embedded content, form controls and
 * what assistive technology is told to skip. Their text is dropped with them.
 */
export const NON_TEXT_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'input',
  'button',
  'select',
  'textarea',
  'dialog',
  '[hidden]',
  '[aria-hidden="true" i]',
  // A javascript: link is an action ("print", "share"), never a phrase of the article.
  'a[href^="javascript:" i]',
  // Word's own list bullets and numbers ("·", "1."), which the list markup already says.
  '[style*="mso-list:ignore" i]',
].join(',');

/** Elements that start and end a block of text (the rest is inline, joined into its block). */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body center dd details div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre ' +
    'section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const HEADING = /^h[1-6]$/u;

/**
 * Turns an element's content into blocks: h1–h6 are headings, li items, blockquote paragraphs
 * quotes (a heading inside a list item or quote takes that kind); p, div, td and the other
 * block elements become paragraphs; `<br>` and `<hr>` end a block; each line of a `<pre>` is
 * a block. Inline markup (links, emphasis, code) is dropped to its text, and elements matching
 * {@link NON_TEXT_SELECTOR} are skipped with their content. Reads the tree only; never changes
 * or inserts a node.
 * @param root an element of a DOMParser document (never the live page)
 */
export function blocksFromElement(root: Element): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  let pending = '';
  let pendingKind: ExtractedBlockKind = 'paragraph';
  const flush = () => {
    const text = cleanBlockText(pending);
    if (text) blocks.push({ kind: pendingKind, text });
    pending = '';
  };
  const append = (text: string, kind: ExtractedBlockKind) => {
    if (!pending) pendingKind = kind;
    pending += text;
  };
  const visit = (node: Node, context: ExtractedBlockKind) => {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      append(node.nodeValue ?? '', context);
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.matches(NON_TEXT_SELECTOR)) return;
    const tag = element.localName.toLowerCase();
    if (tag === 'br' || tag === 'hr') return flush();
    if (!BLOCK_TAGS.has(tag)) {
      element.childNodes.forEach((child) => visit(child, context));
      return;
    }
    flush();
    const kind = blockKind(tag, context);
    if (tag === 'pre') {
      for (const line of (element.textContent ?? '').split('\n')) {
        append(line, kind);
        flush();
      }
      return;
    }
    element.childNodes.forEach((child) => visit(child, kind));
    flush();
  };
  visit(root, 'paragraph');
  flush();
  return blocks;
}

/** The kind a block element gives its content, inside a block of kind `context`. */
function blockKind(tag: string, context: ExtractedBlockKind): ExtractedBlockKind {
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  if (HEADING.test(tag) && context === 'paragraph') return 'heading';
  return context;
}
