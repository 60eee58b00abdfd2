/** Harakat (tashkeel) the "show harakat" setting hides: U+064B–U+065F and the superscript alef U+0670. */
const HARAKAT_RUN = /[\u064B-\u065F\u0670]+/gu;

/** A run of text that is either all harakat or has none. */
export interface HarakatRun {
  /** Offset of the run's first character, in the same space as `offset`. */
  start: number;
  text: string;
  harakat: boolean;
}

/**
 * Splits text into alternating runs of harakat and other characters, so the display can hide
 * the harakat while every character keeps its offset. Runs are non-empty and in order.
 * @param offset the offset of `text`'s first character (e.g. in the canonical text)
 */
export function splitHarakat(text: string, offset = 0): HarakatRun[] {
  const runs: HarakatRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HARAKAT_RUN)) {
    if (match.index > last)
      runs.push({ start: offset + last, text: text.slice(last, match.index), harakat: false });
    runs.push({ start: offset + match.index, text: match[0], harakat: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    runs.push({ start: offset + last, text: text.slice(last), harakat: false });
  }
  return runs;
}
