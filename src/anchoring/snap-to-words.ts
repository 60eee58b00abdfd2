import type { TextRange } from './selectors';

/** Letters (Arabic with their harakat and tatweel, Latin, ...), marks, digits, joiners. */
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;
/** Separators that stay inside a number when digits stand on both sides: 4.5, 1,000, ٤٫٥. */
const NUMBER_JOINER = /[.,\u066b\u066c]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

/**
 * Snaps `range` (UTF-16 offsets into `text`) outward to whole words, after trimming leading
 * and trailing whitespace. Word characters are letters with their harakat and tatweel, digits
 * (with a `.` or `,` between digits) and Latin letters; punctuation such as ، ؛ ؟ « » " and
 * spaces are not, so a selection that starts or ends on them keeps that edge.
 *
 * Edge cases: a collapsed range (a caret) becomes the word at the caret (the one after it,
 * else the one before it), or stays collapsed between two non-words; a range holding only
 * whitespace collapses to its start, meaning "nothing to highlight". Offsets outside the text
 * are clamped and a reversed range is put in order. Never throws.
 */
export function snapToWords(range: TextRange, text: string): TextRange {
  let start = clamp(Math.min(range.start, range.end), text.length);
  let end = clamp(Math.max(range.start, range.end), text.length);
  if (start === end) return wordAt(start, text);
  const from = start;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (start === end) return { start: from, end: from };
  while (start > 0 && isWordAt(text, start) && isWordBefore(text, start)) {
    start -= charLengthBefore(text, start);
  }
  while (end < text.length && isWordAt(text, end) && isWordBefore(text, end)) {
    end += charLengthAt(text, end);
  }
  return { start, end };
}

function wordAt(caret: number, text: string): TextRange {
  if (isWordAt(text, caret))
    return snapToWords({ start: caret, end: caret + charLengthAt(text, caret) }, text);
  if (isWordBefore(text, caret)) {
    return snapToWords({ start: caret - charLengthBefore(text, caret), end: caret }, text);
  }
  return { start: caret, end: caret };
}

/** Is the character starting at `i` part of a word? */
function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  if (WORD.test(ch)) return true;
  return NUMBER_JOINER.test(ch) && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
}

/** Is the character ending at `i` part of a word? */
function isWordBefore(text: string, i: number): boolean {
  return i > 0 && isWordAt(text, i - charLengthBefore(text, i));
}

function charLengthAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

function charLengthBefore(text: string, i: number): number {
  return i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const clamp = (x: number, max: number) =>
  Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), max) : 0;
