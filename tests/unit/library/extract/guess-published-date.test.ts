import { describe, expect, it } from 'vitest';
import { guessPublishedDate } from '../../../../src/library/extract/guess-published-date';
import { seedText } from '../../../seed-article';

const TODAY = '2026-12-04';

describe('guessPublishedDate', () => {
  it.each([
    ['the real article: its dateline', seedText, '2022-02-09'],
    ['Arabic-Indic digits and a Levantine month', 'موسكو، ٩ شباط ٢٠٢٢ (تاس).', '2022-02-09'],
    ['a date without a year is no guess', 'قال يوم 9 فبراير إن...', null],
    ['a month and year alone are no guess', 'في فبراير 2022 قال...', null],
    ['a weekday alone is no guess', 'قال يوم الأربعاء إن...', null],
    [
      'a future date is skipped for the next',
      'قمة 9 فبراير 2030، بعد لقاء 2 يناير 2022.',
      '2022-01-02',
    ],
    ['English text has no Arabic date', 'Moscow, February 9, 2022.', null],
    [
      'a date past the first 5,000 characters is not read',
      `${'نص '.repeat(2000)} 9 فبراير 2022`,
      null,
    ],
  ])('%s', (_name, text, expected) => {
    expect(guessPublishedDate(text, TODAY)).toBe(expected);
  });

  it('throws on a malformed today (a caller bug)', () => {
    expect(() => guessPublishedDate('نص', '04/12/2026')).toThrow(RangeError);
  });
});
