import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../../src/anchoring/anchor';
import { planTextReplacement } from '../../../src/document/replace-text-plan';
import { article, edited, itemQuoting, items, QUOTES, replaceCases } from './replace-text-cases';

const current = { id: article.meta.id, text: article.text };

describe('planTextReplacement', () => {
  it.each(replaceCases)('$name', ({ next, fates }) => {
    const result = planTextReplacement(current, items(), next());
    if (!result.ok) throw new Error(result.code);
    const { plan } = result;
    expect(Object.fromEntries(plan.items.map((item) => [item.id, item.fate]))).toEqual(fates);
    const counted = { stays: 0, moves: 0, approximate: 0, unanchored: 0 };
    for (const fate of Object.values(fates)) counted[fate] += 1;
    expect(plan.counts).toEqual(counted);
    expect(plan.unanchored).toEqual(
      plan.items
        .filter((i) => i.fate === 'unanchored')
        .map((i) => ({ id: i.id, kind: i.kind, quote: i.quote })),
    );
  });

  it.each(replaceCases)('stores targets the engine finds where planned: $name', ({ next }) => {
    const doc = next();
    const result = planTextReplacement(current, items(), doc);
    if (!result.ok) throw new Error(result.code);
    const again = createAnchorer(doc.text).anchorAll(result.plan.items.map((i) => i.target));
    result.plan.items.forEach((item, i) => {
      const found = again[i];
      if (item.fate === 'unanchored') {
        expect(found).toEqual({ status: 'orphan' });
        expect(item.target).toEqual(item.previous);
      } else {
        // A placed item's new target holds at its new position, verbatim.
        expect(found?.status).toBe('position');
        const { position, quote } = item.target;
        expect(doc.text.slice(position?.start, position?.end)).toBe(quote.exact);
      }
    });
  });

  it.each([
    ['an empty text', ''],
    ['a text of white space', '  \n\t '],
  ])('refuses %s as empty', (_name, text) => {
    expect(planTextReplacement(current, items(), { text, blocks: [] })).toEqual({
      ok: false,
      code: 'empty',
    });
  });

  it('refuses the same text as identical', () => {
    expect(
      planTextReplacement(
        current,
        items(),
        edited((b) => b),
      ),
    ).toEqual({
      ok: false,
      code: 'identical',
    });
  });

  it('re-anchors trashed items but leaves them out of the preview', () => {
    const trashed = itemQuoting('gone', QUOTES.kazakh, '2024-02-01T00:00:00.000Z');
    const next = replaceCases[3]?.next() ?? article;
    const result = planTextReplacement(current, [trashed], next);
    if (!result.ok) throw new Error(result.code);
    expect(result.plan.items.map((i) => i.fate)).toEqual(['unanchored']);
    expect(result.plan.counts.unanchored).toBe(0);
    expect(result.plan.unanchored).toEqual([]);
  });
});
