import type { ExpectedFound } from './found-date-cases';
import { at } from './found-date-cases';

/** [name, text, document date, dates expected in text order]. */
export const englishCases: [string, string, string, ExpectedFound[]][] = [
  ['day month year', 'on 6 March 2024.', '2024-03-25', [at('6 March 2024', '2024-03-06')]],
  ['month day, year', 'on January 12, 2024,', '2024-01-13', [at('January 12, 2024', '2024-01-12')]],
  [
    'weekday, month day, year',
    'on Friday, January 12, 2024',
    '2024-01-13',
    [at('Friday, January 12, 2024', '2024-01-12')],
  ],
  ['month day without a year', 'signed on May 14 in', '2024-06-03', [at('May 14', '2024-05-14')]],
  [
    'an ordinal and "of"',
    'on the 3rd of Sept.',
    '2024-10-01',
    [at('the 3rd of Sept.', '2024-09-03')],
  ],
  ['month and year', 'founded in March 1945', '2021-01-10', [at('March 1945', '1945-03')]],
  ['a month after a lead word', 'since April', '2024-06-01', [at('since April', '2024-04')]],
  ['a year after in', 'In 2011, the city', '2023-09-12', [at('In 2011', '2011')]],
  ['a year at the end', 'to the throne in 1952.', '2022-09-15', [at('in 1952', '1952')]],
  [
    'on Monday: the latest Monday',
    'attacked on Monday,',
    '2024-02-15',
    [at('Monday', '2024-02-12')],
  ],
  ['next Friday', 'next Friday', '2024-02-15', [at('next Friday', '2024-02-16')]],
  [
    'Last Thursday, on a Thursday',
    'Last Thursday',
    '2024-02-15',
    [at('Last Thursday', '2024-02-08')],
  ],
  ['last March, in March', 'last March', '2024-03-20', [at('last March', '2023-03')]],
  [
    'yesterday',
    'sacked the coach yesterday',
    '2024-02-20',
    [{ span: 'yesterday', reading: '2024-02-19', relative: 'yesterday' }],
  ],
  [
    'last week is undated',
    'talks resumed last week',
    '2024-03-15',
    [{ span: 'last week', reading: 'undated', relative: 'last-week' }],
  ],
  [
    'a future sentence: the next such day',
    'The summit will be held on March 16.',
    '2024-03-01',
    [at('March 16', '2024-03-16')],
  ],
  [
    'a day something is set for',
    'called an election for April 15.',
    '2024-01-10',
    [at('April 15', '2024-04-15')],
  ],
  [
    'from … to …',
    'from 2 to 5 July',
    '2024-07-10',
    [at('from 2 to 5 July', '2024-07-02..2024-07-05')],
  ],
  [
    'across a year end',
    'from December 28 to January 2',
    '2024-01-05',
    [at('from December 28 to January 2', '2023-12-28..2024-01-02')],
  ],
  ['month day–day', 'on July 2–5', '2024-07-10', [at('July 2–5', '2024-07-02..2024-07-05')]],
  [
    'day–day month',
    '10–11 September',
    '2023-09-12',
    [at('10–11 September', '2023-09-10..2023-09-11')],
  ],
];

/** Numbers and words that are no event's date: nothing found. */
export const englishNonDates: [string, string][] = [
  ['a phone number', 'call the hotline on 0800 123 4567'],
  ['a year used as a name', 'Article 12 of the 2023 law'],
  ['percentages', 'fell to 6.9% from 7.1%'],
  ['scores', 'the scores were 3-1 and 2-0'],
  ['May and may', 'May is the busiest month, and numbers may rise'],
  ['may after a lead word', 'this may be the last time'],
  ['march as a verb', 'protesters march on the capital'],
  ['a count after in', 'in 2000 cases'],
  ['a horizon', 'the strategy until 2025 and the goal by 2030'],
  ['a sum', 'fined 100,000 dirhams'],
  ['a time of day', 'at 7:30 in the evening'],
];
