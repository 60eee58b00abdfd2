import { describe as suite, expect, it } from 'vitest';
import { matchContextExactly, matchOneSideExactly } from '../../../src/anchoring/match-exact';
import {
  ANCHORING_NORMALIZATION,
  normalizeArabicText,
} from '../../../src/anchoring/normalize-arabic';
import type { QuotePattern } from '../../../src/anchoring/quote-pattern';
import { toQuotePattern } from '../../../src/anchoring/quote-pattern';
import { seedArticle } from '../../seed-article';

const article = normalizeArabicText(seedArticle().text, ANCHORING_NORMALIZATION);
/** A passage of the (normalised) article: its quote, and the 32 units on each side. */
const at = (snippet: string, sides = 32) => {
  const start = article.indexOf(snippet);
  if (start < 0) throw new Error(`«${snippet}» not in the article`);
  const end = start + snippet.length;
  return {
    start,
    prefix: article.slice(start - sides, start),
    exact: snippet,
    suffix: article.slice(end, end + sides),
  };
};
const pattern = (p: { prefix: string; exact: string; suffix: string }): QuotePattern =>
  toQuotePattern({ type: 'TextQuoteSelector', ...p });

const QUOTE = 'العملية في كازاخستان';
const passage = at(QUOTE);
const halfRewritten = { ...passage, prefix: 'ككك' + passage.prefix.slice(3, 20) + 'ككككككككككككك' };

const oneSideCases = [
  {
    name: 'one side found once, the other still mostly there: found',
    text: article,
    p: halfRewritten,
    found: true,
  },
  {
    name: 'a side shorter than 16 units is no evidence',
    text: article,
    p: { ...at(QUOTE, 10), prefix: 'كككككككككك' },
    found: false,
  },
  {
    name: 'a side found twice is no evidence',
    text: `${article}\n${article}`,
    p: halfRewritten,
    found: false,
  },
  {
    name: 'the other side wholly different: no place',
    text: article,
    p: { ...passage, prefix: 'ك'.repeat(32) },
    found: false,
  },
];

suite('matchOneSideExactly', () => {
  it.each(oneSideCases)('$name', ({ text, p, found }) => {
    const a = matchOneSideExactly(text, pattern(p));
    if (!found) expect(a).toBeNull();
    else expect(a).toMatchObject({ cutStart: passage.start, cutEnd: passage.start + QUOTE.length });
  });
});

suite('matchContextExactly', () => {
  it('finds a moved paragraph by its whole context, wherever it went', () => {
    const lines = article.split('\n');
    const moved = ['خبر', ...lines.slice(0, 6), ...lines.slice(7), lines[6]].join('\n');
    const p = at('مجموعة العمل للاستجابة');
    const found = matchContextExactly(moved, pattern(p), p.start);
    expect(found?.cutStart).toBe(moved.indexOf(p.prefix + p.exact) + p.prefix.length);
    expect(matchContextExactly(moved, pattern({ ...p, suffix: 'ككك' }), p.start)).toBeNull();
  });

  it('among verbatim copies takes the one nearest the old place', () => {
    const twice = `${article}\n${article}`;
    const p = pattern(passage);
    expect(matchContextExactly(twice, p, passage.start)?.cutStart).toBe(passage.start);
    const second = article.length + 1 + passage.start;
    expect(matchContextExactly(twice, p, second - 10)?.cutStart).toBe(second);
    expect(matchContextExactly(twice, p, null)?.cutStart).toBe(passage.start);
  });
});
