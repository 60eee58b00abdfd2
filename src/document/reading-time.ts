/** Typical silent reading speed for Arabic news prose, in words per minute. */
export const ARABIC_WORDS_PER_MINUTE = 180;

/** Estimated whole minutes to read `text`; 0 means under half a minute. */
export function readingMinutes(text: string, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return Math.round(words / wordsPerMinute);
}
