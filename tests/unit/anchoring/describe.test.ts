import { describe as suite, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from '../../../src/anchoring/describe';
import { seedArticle } from '../../seed-article';

const article = seedArticle().text;

suite('describe', () => {
  it('quotes the range with 32 units of context on each side', () => {
    const start = article.indexOf('ستانيسلاف زاس');
    const end = start + 'ستانيسلاف زاس'.length;
    expect(describe({ start, end }, article)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'ستانيسلاف زاس',
        prefix: article.slice(start - CONTEXT_LENGTH, start),
        suffix: article.slice(end, end + CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start, end },
    });
  });

  it.each([
    ['at the start of the text', 0, 4, '', 32],
    ['at the end of the text', article.length - 3, article.length, 32, ''],
    ['the whole text', 0, article.length, '', ''],
  ] as const)('shortens context %s', (_name, start, end, prefix, suffix) => {
    const { quote } = describe({ start, end }, article);
    expect(typeof prefix === 'number' ? quote.prefix.length : quote.prefix).toBe(prefix);
    expect(typeof suffix === 'number' ? quote.suffix.length : quote.suffix).toBe(suffix);
  });

  it('keeps the block separator as part of a quote across blocks', () => {
    const start = article.indexOf('بأكملها.\n');
    expect(describe({ start, end: start + 12 }, article).quote.exact).toBe('بأكملها.\nوصر');
  });

  it('never cuts a surrogate pair at a context edge', () => {
    const text = `${'😀'.repeat(20)}زاس${'😀'.repeat(20)}`;
    const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
    const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
    for (const [start, end] of [
      [40, 43],
      [41, 42],
      [39, 44],
    ] as const) {
      const { quote } = describe({ start, end }, text);
      expect(isLow(quote.prefix.charCodeAt(0))).toBe(false);
      expect(isHigh(quote.suffix.charCodeAt(quote.suffix.length - 1))).toBe(false);
      expect(quote.prefix.length).toBeGreaterThanOrEqual(CONTEXT_LENGTH - 1);
    }
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, article.length + 1],
    [0.5, 2],
  ])('throws RangeError on [%d, %d)', (start, end) => {
    expect(() => describe({ start, end }, article)).toThrow(RangeError);
  });
});
