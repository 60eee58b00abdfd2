import { describe as suite, expect, it } from 'vitest';
import { anchor, createAnchorer } from '../../../src/anchoring/anchor';
import { describe } from '../../../src/anchoring/describe';
import type { AnnotationTarget } from '../../../src/anchoring/selectors';
import { seedArticle } from '../../seed-article';
import type { AnchorCase } from './anchoring-cases';
import { anchorCases } from './anchoring-cases';
import { locate } from './passage';

const article = seedArticle().text;

function targetFor(c: AnchorCase, original: string): AnnotationTarget {
  const target = describe(locate(original, c.source), original);
  if (c.keep === 'no-position') return { quote: target.quote };
  if (c.keep === 'quote-only') return { quote: { ...target.quote, prefix: '', suffix: '' } };
  return target;
}

suite('anchor on the real article', () => {
  it.each(anchorCases)('$name', (c) => {
    const original = c.original ? c.original(article) : article;
    const edited = c.edit ? c.edit(original) : original;
    const result = anchor(targetFor(c, original), edited);
    if (c.expected.status === 'orphan') {
      expect(result).toEqual({ status: 'orphan' });
    } else {
      expect(result).toEqual({ status: c.expected.status, ...locate(edited, c.expected.range) });
    }
  });

  it('keeps every occurrence of a repeated phrase at its own place after edits around them', () => {
    const phrase = 'منظمة معاهدة الأمن الجماعي';
    const targets: AnnotationTarget[] = [];
    for (let at = article.indexOf(phrase); at >= 0; at = article.indexOf(phrase, at + 1)) {
      targets.push(describe({ start: at, end: at + phrase.length }, article));
    }
    expect(targets).toHaveLength(16);
    const inserted = 'خبر عاجل.\n';
    const edited = inserted + article.replace('وبيّن أيضاً: ', '');
    const anchorer = createAnchorer(edited);
    const found = targets.map((t) => anchorer.anchor(t));
    const expected: number[] = [];
    for (let at = edited.indexOf(phrase); at >= 0; at = edited.indexOf(phrase, at + 1)) {
      expected.push(at);
    }
    expect(found.map((r) => (r.status === 'orphan' ? -1 : r.start))).toEqual(expected);
  });

  it('never throws on odd targets', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'زاس', prefix: '', suffix: '' };
    const odd: AnnotationTarget[] = [
      { quote, position: { type: 'TextPositionSelector', start: -5, end: 3 } },
      { quote, position: { type: 'TextPositionSelector', start: 9, end: 2 } },
      { quote, position: { type: 'TextPositionSelector', start: 0, end: 1e9 } },
      { quote, position: { type: 'TextPositionSelector', start: 0.5, end: 2 } },
      { quote: { ...quote, exact: '' } },
      { quote: { ...quote, exact: 'ًٌٍ' } },
    ];
    for (const target of odd) expect(() => anchor(target, article)).not.toThrow();
    expect(anchor(odd[4] as AnnotationTarget, article)).toEqual({ status: 'orphan' });
  });

  it('anchors in an empty text as orphan', () => {
    expect(anchor(describe({ start: 0, end: 3 }, article), '')).toEqual({ status: 'orphan' });
  });
});

suite('anchor in an English text', () => {
  const text = 'The harbour reopened on Monday. Fishermen met at the Café Marée before dawn.';

  it('finds a quote that differs only in case and accents, on the original text', () => {
    const found = anchor(
      { quote: { type: 'TextQuoteSelector', exact: 'the CAFE MAREE', prefix: '', suffix: '' } },
      text,
    );
    expect(found.status).not.toBe('orphan');
    if (found.status === 'orphan') return;
    expect(text.slice(found.start, found.end)).toBe('the Café Marée');
  });

  it('re-anchors a highlight after its text is re-typed without accents', () => {
    const start = text.indexOf('the Café');
    const target = describe({ start, end: start + 'the Café Marée'.length }, text);
    expect(target.quote.exact).toBe('the Café Marée');
    const retyped = `Update. ${text.replace('Café Marée', 'Cafe Maree')}`;
    const found = anchor(target, retyped);
    expect(found.status).not.toBe('orphan');
    if (found.status === 'orphan') return;
    expect(retyped.slice(found.start, found.end)).toBe('the Cafe Maree');
  });
});
