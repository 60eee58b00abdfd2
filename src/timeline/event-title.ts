import type { TextRange } from '../anchoring/selectors';

/** Longest title in words; a longer one is cut and ends with "…". */
export const TITLE_WORDS = 10;

// Words that lead into a date and mean nothing without it ("وبحلول 7 يناير", "on Monday").
const LEAD =
  /(?:^|\s)(?:[وف]?(?:في|بتاريخ|بحلول|منذ|حتى|خلال|يوم|اليوم|صباح|مساء|فجر|ليل|ليلة|ظهر|مطلع|أوائل|أواخر|منتصف|نهاية|بداية|الفترة|من|بين|شهر|عام|العام|سنة|لعام|للعام)|on|in|since|by|during|from|between|early|late|last|for)\s*$/iu;
// Openings that only link the sentence to the one before it.
const OPENING =
  /^(?:(?:و?من المعروف أنه|بدوره|بدورها|وفي سياق متصل|وفي سياق آخر|كما|ثم|وقد|و|ف)[\s،,]+)+/u;

/**
 * A short title for an event proposed from `clause`: the clause without its date expression and
 * the word that leads into it; when the date opens the clause and a comma follows it soon, what
 * comes after that comma ("وبحلول 7 يناير نفسه، استقر الوضع في البلاد" → "استقر الوضع في البلاد").
 * Linking openings go, as do closing punctuation; at most {@link TITLE_WORDS} words (then "…").
 * English titles start with a capital. Never empty: falls back to the clause's own words.
 * @param date the date expression's range, inside `clause`
 */
export function eventTitle(text: string, clause: TextRange, date: TextRange): string {
  let before = text.slice(clause.start, date.start);
  let after = text.slice(date.end, clause.end);
  for (let m = LEAD.exec(before); m; m = LEAD.exec(before)) before = before.slice(0, m.index);
  const opensClause = before.trim().split(/\s+/u).filter(Boolean).length <= 2;
  const comma = /^[^،,.]{0,30}[،,]/u.exec(after);
  if (opensClause && comma) {
    before = '';
    after = after.slice(comma[0].length);
  }
  const joined = `${before} ${after}`
    .replace(/\s+([،,.؛;:])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\s،,؛;:.\-–—]+/u, '')
    .replace(OPENING, '')
    .replace(/[\s،,؛;:.\-–—]+$/u, '');
  const title = joined || text.slice(clause.start, clause.end).trim();
  const words = title.split(' ');
  const short = words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : title;
  return /^[a-z]/u.test(short) ? short[0]?.toUpperCase() + short.slice(1) : short;
}
