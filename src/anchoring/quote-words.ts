import type { TextQuoteSelector, TextRange } from './selectors';

/** Letters with their harakat and tatweel, Latin and digits (one UTF-16 unit at a time). */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const isWord = (s: string, i: number) => WORD.test(s[i] ?? '');

/**
 * Widens an approximate match to whole words on each side where its quote was a whole word:
 * the cheapest alignment can stop inside a changed word (quote «كانت أقل», text «كانت أخف»
 * ends after «أ»). A side where the quote itself began or ended inside a word is left as is.
 * (Kept apart from the selection's snapToWords, which loads only with the first selection.)
 */
export function widenToQuoteWords(
  range: TextRange,
  text: string,
  { exact, prefix, suffix }: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
): TextRange {
  let { start, end } = range;
  if (isWord(exact, 0) && !isWord(prefix, prefix.length - 1)) {
    while (start > 0 && isWord(text, start) && isWord(text, start - 1)) start--;
  }
  if (isWord(exact, exact.length - 1) && !isWord(suffix, 0)) {
    while (end < text.length && isWord(text, end - 1) && isWord(text, end)) end++;
  }
  return { start, end };
}
