import { describe, expect, it } from 'vitest';
import { widenToQuoteWords } from '../../../src/anchoring/quote-words';

describe('widenToQuoteWords: an approximate match ends on the word edges its quote had', () => {
  const text = 'قال إن الأضرار كانت أخف مما كان متوقعا';
  const at = (part: string) => text.indexOf(part);
  const cases: [string, { exact: string; prefix: string; suffix: string }, string, string][] = [
    [
      'a changed last word is taken whole',
      { exact: 'الأضرار كانت أقل', prefix: 'إن ', suffix: '' },
      'الأضرار كانت أ',
      'الأضرار كانت أخف',
    ],
    [
      'a changed first word is taken whole',
      { exact: 'أقل مما', prefix: '', suffix: ' كان' },
      'خف مما',
      'أخف مما',
    ],
    [
      'a quote that ended inside a word keeps its end',
      { exact: 'الأضرار كانت أ', prefix: '', suffix: 'قل مما' },
      'الأضرار كانت أ',
      'الأضرار كانت أ',
    ],
    [
      'a quote that began inside a word keeps its start',
      { exact: 'قل مما', prefix: 'كانت أ', suffix: '' },
      'خف مما',
      'خف مما',
    ],
    [
      'a match already on word edges stays',
      { exact: 'كانت أقل', prefix: '', suffix: '' },
      'كانت أخف',
      'كانت أخف',
    ],
  ];
  it.each(cases)('%s', (_, quote, matched, expected) => {
    const range = { start: at(matched), end: at(matched) + matched.length };
    expect(widenToQuoteWords(range, text, quote)).toEqual({
      start: at(expected),
      end: at(expected) + expected.length,
    });
  });
});
