import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/timeline/split-clauses';
import { splitSentences } from '../../../src/timeline/split-sentences';
import { seedArticle } from '../../seed-article';

const sentencesOf = (text: string, blocks?: { start: number; end: number }[]) =>
  splitSentences(text, blocks).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each([
    ['Arabic full stops', 'قال زاس. وأضاف الأمين.', ['قال زاس.', 'وأضاف الأمين.']],
    ['a decimal is no end', 'أصيب أكثر من 4.5 ألف. ثم', ['أصيب أكثر من 4.5 ألف.', 'ثم']],
    ['the Arabic question mark', 'لماذا؟ لأن', ['لماذا؟', 'لأن']],
    ['a closing quote stays with its sentence', 'وقال: "نعم". ثم', ['وقال: "نعم".', 'ثم']],
    ['a line break ends a sentence', 'عنوان\nنص الخبر', ['عنوان', 'نص الخبر']],
    ['an abbreviated month', 'On Jan. 2 they met. Then', ['On Jan. 2 they met.', 'Then']],
    ['an initial', 'said J. Smith on Monday.', ['said J. Smith on Monday.']],
    ['a lower-case word after a stop', 'the U.S. officials said.', ['the U.S. officials said.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps sentences inside the blocks it is given', () => {
    const text = 'عنوان الخبر نص الخبر.';
    const blocks = [
      { start: 0, end: 11 },
      { start: 12, end: text.length },
    ];
    expect(sentencesOf(text, blocks)).toEqual(['عنوان الخبر', 'نص الخبر.']);
  });

  it("cuts the article's 7 and 19 January sentence at its semicolon", () => {
    const doc = seedArticle();
    const start = doc.text.indexOf('وبحلول 7 يناير');
    const sentence = { start, end: doc.text.indexOf('البلاد.', start) + 'البلاد.'.length };
    const at = (s: string) => ({ start: doc.text.indexOf(s), end: doc.text.indexOf(s) + s.length });
    const clauses = splitClauses(doc.text, sentence, [at('7 يناير'), at('19 يناير')]);
    expect(clauses.map((c) => doc.text.slice(c.start, c.end))).toEqual([
      'وبحلول 7 يناير نفسه، استقر الوضع في البلاد',
      'وفي 19 يناير أيضا، تم رفع حالة الطوارئ في جميع أنحاء البلاد.',
    ]);
  });

  it('cuts between two dates with no punctuation right after the first', () => {
    const text = 'وصل في 2 يناير وغادر في 5 يناير';
    const clauses = splitClauses(text, { start: 0, end: text.length }, [
      { start: 7, end: 14 },
      { start: 24, end: 31 },
    ]);
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual([
      'وصل في 2 يناير',
      'وغادر في 5 يناير',
    ]);
  });
});
