import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../src/anchoring/anchor';
import { describe } from '../../../src/anchoring/describe';
import type { TextRange } from '../../../src/anchoring/selectors';
import { seedArticle } from '../../seed-article';

const article = seedArticle().text;

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Counterexamples the property tests found, kept as fixed cases. */
const cases: { name: string; range: TextRange; edits: Edit[]; expected: TextRange }[] = [
  {
    name: 'a repeated word whose context was cut at both edges stays put (not «الأمين» 780 units on)',
    range: { start: 5, end: 11 },
    edits: [
      { at: 11, remove: 0, insert: 'ااا' },
      { at: 0, remove: 2, insert: '' },
    ],
    expected: { start: 3, end: 9 },
  },
  {
    name: 'a two-letter word moved by more than its length is not taken from inside the next word («من» of «منع»)',
    range: { start: 3238, end: 3240 },
    edits: [
      { at: 4, remove: 3, insert: '' },
      { at: 0, remove: 3, insert: '' },
    ],
    expected: { start: 3232, end: 3234 },
  },
];

suite('anchoring regressions on the real article', () => {
  it.each(cases)('$name', ({ range, edits, expected }) => {
    let edited = article;
    for (const e of edits)
      edited = edited.slice(0, e.at) + e.insert + edited.slice(e.at + e.remove);
    const result = anchor(describe(range, article), edited);
    expect(result).toMatchObject(expected);
    expect(edited.slice(expected.start, expected.end)).toBe(article.slice(range.start, range.end));
  });
});
