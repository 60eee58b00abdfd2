// Characters that start Markdown (CommonMark + GFM + Obsidian) markup anywhere in a line:
// emphasis, code, links/wikilinks/embeds, raw HTML, entities, tags, tables, strikethrough,
// Obsidian highlights (==), block ids (^), comments (%%), math ($). Escaping each with a
// backslash makes it render as itself.
const INLINE_ACTIVE = /[\\`*_[\]<>#|~=^$%&]/g;

// Line starts that open a block: list items (- + and "1." / "1)"), also a setext underline.
const LEADING_BULLET = /^([-+])/;
const LEADING_ORDINAL = /^(\d{1,9})([.)])/;

/**
 * One line of user text made inert for Markdown: every markup character escaped, leading
 * whitespace dropped (it would make an indented code block; Markdown ignores it in a paragraph
 * anyway), and list or underline markers at the start escaped. Never returns a line break.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/[\r\n]+/g, ' ')
    .replace(INLINE_ACTIVE, '\\$&')
    .replace(/^\s+/, '')
    .replace(LEADING_BULLET, '\\$1')
    .replace(LEADING_ORDINAL, '$1\\$2');
}

/**
 * User text (any line ends) as Markdown paragraphs: blank lines separate paragraphs, and each
 * line break inside a paragraph becomes a hard break (a trailing backslash), so the text shows
 * with the lines its author typed. Returns one string per paragraph, never an empty one.
 */
export function markdownParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((para) =>
      para
        .split('\n')
        .map(escapeMarkdownLine)
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((para) => para !== '');
}

/** A quote as a Markdown blockquote, paragraph by paragraph, escaped. */
export function quoteBlock(exact: string): string {
  return markdownParagraphs(exact)
    .map((para) => `> ${para.replace(/\n/g, '\n> ')}`)
    .join('\n>\n');
}
