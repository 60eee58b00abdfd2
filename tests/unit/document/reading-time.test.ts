import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/document/reading-time';
import { longArabicDocument } from '../../long-document';
import { seedText } from '../../seed-article';

/** What the count was before it became one pass: the text split at `\s`. */
const bySplit = (text: string) => text.split(/\s+/u).filter(Boolean).length;

const cases: { name: string; text: string; words: number }[] = [
  { name: 'empty', text: '', words: 0 },
  { name: 'spaces only', text: ' \t\n\u00a0\u3000', words: 0 },
  { name: 'one word', text: 'قال', words: 1 },
  { name: 'leading and trailing spaces', text: '  قال مسؤولون \n', words: 2 },
  { name: 'block separators', text: 'العنوان\nالفقرة الأولى\nالثانية', words: 4 },
  { name: 'no-break and thin spaces', text: 'ا\u00a0ب\u202fج\u2009د', words: 4 },
  { name: 'zero-width non-joiner joins (not \\s)', text: 'می\u200cخواهم', words: 1 },
  { name: 'punctuation is part of a word', text: '«زاس»: نعم، لا.', words: 3 },
];

describe('countWords', () => {
  it.each(cases)('$name', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
    expect(bySplit(text)).toBe(words);
  });

  it('counts the seed and the 1 MB document as splitting at \\s does', () => {
    expect(countWords(seedText)).toBe(bySplit(seedText));
    const long = longArabicDocument().text;
    expect(countWords(long)).toBe(bySplit(long));
  });
});

describe('readingMinutes', () => {
  it('rounds words over the reading speed', () => {
    expect(readingMinutes('كلمة '.repeat(89))).toBe(0);
    expect(readingMinutes('كلمة '.repeat(90))).toBe(1);
    expect(readingMinutes('word '.repeat(400), 200)).toBe(2);
  });
});
