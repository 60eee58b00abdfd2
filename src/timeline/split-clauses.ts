import type { TextRange } from '../anchoring/selectors';

/**
 * Cuts a sentence that holds several dates into one clause per date, so each event gets the
 * words that tell it: between two neighbouring dates, at the last semicolon (؛ ;) between them,
 * else the last comma (، ,), else right after the earlier date ("وصل في 2 يناير | وغادر في 5 يناير"). Clauses are trimmed.
 * @param dates the dates' ranges inside `sentence`, in text order, not overlapping
 * @returns one clause per date, in the same order; the sentence itself for a single date
 */
export function splitClauses(
  text: string,
  sentence: TextRange,
  dates: readonly TextRange[],
): TextRange[] {
  const cuts = [sentence.start];
  for (let i = 1; i < dates.length; i += 1) {
    const from = (dates[i - 1] as TextRange).end;
    const to = (dates[i] as TextRange).start;
    const between = text.slice(from, to);
    const semicolon = Math.max(between.lastIndexOf('؛'), between.lastIndexOf(';'));
    const comma = Math.max(between.lastIndexOf('،'), between.lastIndexOf(','));
    const at = semicolon !== -1 ? semicolon + 1 : comma !== -1 ? comma + 1 : 0;
    cuts.push(from + at);
  }
  cuts.push(sentence.end);
  return dates.map((_, i) => trim(text, cuts[i] as number, cuts[i + 1] as number));
}

function trim(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && /[\s؛;،,]/u.test(text[s] ?? '')) s += 1;
  while (e > s && /[\s؛;،,]/u.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}
