import { cleanBlockText, cleanInput } from './clean-text';
import type { ExtractedBlock, ExtractNotice } from './extracted-article';

/** Blocks of a plain text and what the reader should be told about it. */
export interface PlainTextBlocks {
  blocks: ExtractedBlock[];
  notices: ExtractNotice[];
}

/** A line with nothing but white space on it (after control characters are gone). */
const BLANK = /^[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]*$/u;

/**
 * Splits a plain text (a paste or a .txt file) into paragraph blocks. When a blank line stands
 * between two lines of text, paragraphs are separated by blank lines and the lines of one
 * paragraph are joined with a space (hard-wrapped text); otherwise every non-empty line is a
 * paragraph, as in the seed article. Each block is cleaned by {@link cleanBlockText}. Never
 * throws; an empty or blank text gives no blocks.
 * @param raw the text as pasted or decoded (BOM, CRLF, control characters allowed)
 */
export function extractPlainText(raw: string): PlainTextBlocks {
  const { text, controlsStripped } = cleanInput(raw);
  const lines = text.split('\n');
  const groups = hasInnerBlankLine(lines) ? paragraphsByBlankLine(lines) : lines.map((l) => [l]);
  const blocks = groups
    .map((group) => cleanBlockText(group.join(' ')))
    .filter((t) => t.length > 0)
    .map((t): ExtractedBlock => ({ kind: 'paragraph', text: t }));
  return { blocks, notices: controlsStripped ? ['control-characters-stripped'] : [] };
}

/** True when a blank line has text both before and after it. */
function hasInnerBlankLine(lines: string[]): boolean {
  const first = lines.findIndex((l) => !BLANK.test(l));
  const last = lines.findLastIndex((l) => !BLANK.test(l));
  return lines.slice(first, last + 1).some((l) => BLANK.test(l));
}

function paragraphsByBlankLine(lines: string[]): string[][] {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (BLANK.test(line)) groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  return groups;
}
