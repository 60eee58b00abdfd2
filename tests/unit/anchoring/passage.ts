import type { TextRange } from '../../../src/anchoring/selectors';
import type { Passage } from './anchoring-cases';

/** Finds a bracketed passage (see {@link Passage}) in `text`; throws if it is not there. */
export function locate(text: string, passage: Passage): TextRange {
  const open = passage.at.indexOf('[');
  const close = passage.at.indexOf(']');
  if (open < 0 || close < open) throw new Error(`no [range] in ${passage.at}`);
  const snippet =
    passage.at.slice(0, open) + passage.at.slice(open + 1, close) + passage.at.slice(close + 1);
  let at = -1;
  for (let i = 0; i <= (passage.occurrence ?? 0); i++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) throw new Error(`occurrence ${i} of «${snippet}» not found`);
  }
  return { start: at + open, end: at + close - 1 };
}
