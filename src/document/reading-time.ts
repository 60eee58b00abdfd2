/** Typical silent reading speed for Arabic news prose, in words per minute. */
export const ARABIC_WORDS_PER_MINUTE = 180;

/** JavaScript's `\s`, asked only of the rare characters that may be one. */
const SPACE = /\s/u;

/** Whether a UTF-16 code unit separates words (is `\s`); Arabic letters answer at once. */
function isSpace(code: number): boolean {
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (code === 0xa0 || code >= 0x1680) && SPACE.test(String.fromCharCode(code));
}

/** How many words (runs of characters other than `\s`) `text` has. One pass, no copies. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Estimated whole minutes to read `text`; 0 means under half a minute. */
export function readingMinutes(text: string, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  // Counted without splitting: a long document's text is a megabyte.
  return Math.round(countWords(text) / wordsPerMinute);
}
