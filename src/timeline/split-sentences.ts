import type { TextRange } from '../anchoring/selectors';

// Words an English full stop follows without ending a sentence ("Jan. 2", "Mr. Zas").
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof St Gen Col Lt Sgt Rep Sen Gov Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs etc'.split(
    ' ',
  ),
);
const END = /[.!?؟…]+["'»”’)\]]*(?=\s|$)/gu;

/**
 * The sentences of a text, as UTF-16 ranges without their surrounding whitespace, in order.
 * A sentence ends at . ! ? ؟ or … (with any closing quotes) before whitespace, and at the end of
 * each block: sentences never run across blocks. A full stop inside a number ("4.5"), after an
 * abbreviation or an initial ("Jan.", "J."), or before a lower-case word ends none.
 * @param blocks ranges of the text's blocks; without them, each line is a block
 */
export function splitSentences(text: string, blocks?: readonly TextRange[]): TextRange[] {
  const sentences: TextRange[] = [];
  for (const block of blocks ?? lines(text)) {
    let from = block.start;
    const part = text.slice(block.start, block.end);
    for (const m of part.matchAll(END)) {
      const end = block.start + m.index + m[0].length;
      if (!endsSentence(text, block.start + m.index, end)) continue;
      push(sentences, text, from, end);
      from = end;
    }
    push(sentences, text, from, block.end);
  }
  return sentences;
}

function endsSentence(text: string, stop: number, end: number): boolean {
  if (text[stop] !== '.') return true;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return false;
  return !/^\s+[a-z0-9]/u.test(text.slice(end, end + 3));
}

function push(into: TextRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) into.push({ start: s, end: e });
}

function lines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029]/gu)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}
