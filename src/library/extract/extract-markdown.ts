import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { cleanBlockText, cleanInput } from './clean-text';
import type { ExtractedBlock, ExtractedBlockKind, ExtractNotice } from './extracted-article';
import type { FrontMatter } from './markdown-front-matter';
import { splitFrontMatter } from './markdown-front-matter';

/** Blocks of a Markdown text, its front matter and what the reader should be told. */
export interface MarkdownBlocks {
  blocks: ExtractedBlock[];
  frontMatter: FrontMatter;
  notices: ExtractNotice[];
}

/** An inline `<br>`: a line break within the paragraph, so a space between its words. */
const BREAK_TAG = /^<br\s*\/?>$/iu;
/** Between table cells, which have no block of their own. */
const CELL_SEPARATOR = ' | ';

/**
 * Parses Markdown (CommonMark with GitHub's tables, strikethrough, task lists, autolinks and
 * footnotes) into blocks: headings, paragraphs, list items and block-quote paragraphs. Emphasis,
 * links and inline code become their text; images, raw HTML and link definitions are dropped;
 * a code block gives one paragraph per line, a table one per row. Never throws.
 * @param raw the file's text (BOM, CRLF and control characters allowed)
 */
export function extractMarkdown(raw: string): MarkdownBlocks {
  const { text, controlsStripped } = cleanInput(raw);
  const { fields, body } = splitFrontMatter(text);
  const tree = fromMarkdown(body, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const blocks: ExtractedBlock[] = [];
  const push = (kind: ExtractedBlockKind, value: string) => {
    const cleaned = cleanBlockText(value);
    if (cleaned) blocks.push({ kind, text: cleaned });
  };
  const visit = (node: Nodes, context: ExtractedBlockKind) => {
    switch (node.type) {
      case 'heading':
        push(context === 'paragraph' ? 'heading' : context, inlineText(node));
        return;
      case 'paragraph':
        push(context, inlineText(node));
        return;
      case 'code':
        node.value.split('\n').forEach((line) => push(context, line));
        return;
      case 'tableRow':
        push(context, node.children.map(inlineText).join(CELL_SEPARATOR));
        return;
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'listItem':
        node.children.forEach((child) => visit(child, 'list-item'));
        return;
      case 'blockquote':
        node.children.forEach((child) => visit(child, 'quote'));
        return;
      default:
        if ('children' in node) node.children.forEach((child) => visit(child, context));
    }
  };
  visit(tree, 'paragraph');
  return {
    blocks,
    frontMatter: fields,
    notices: controlsStripped ? ['control-characters-stripped'] : [],
  };
}

/** The reading text of a node's inline content; what a reader would not see is left out. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'html':
      return BREAK_TAG.test(node.value.trim()) ? ' ' : '';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node as Parents).children.map(inlineText).join('') : '';
  }
}
