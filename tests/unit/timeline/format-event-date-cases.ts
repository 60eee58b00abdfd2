import type { DateFormatOptions } from '../../../src/timeline/format-event-date';
import type { EventDate } from '../../../src/timeline/timeline-schema';

const jan2: EventDate = { value: '2022-01-02', precision: 'day' };
const feb9: EventDate = { value: '2022-02-09', precision: 'day' };
const jan: EventDate = { value: '2022-01', precision: 'month' };
const y2018: EventDate = { value: '2018', precision: 'year' };

const ar = (monthNames: DateFormatOptions['monthNames'], digits: DateFormatOptions['digits']) =>
  ({ uiLanguage: 'ar', monthNames, digits }) as const;

/** [date, options, expected display]. */
export const formatCases: [EventDate, DateFormatOptions, string][] = [
  // The article's own style: both month systems, Latin digits.
  [jan2, ar('both', 'latn'), '2 يناير/كانون الثاني 2022'],
  [feb9, ar('both', 'latn'), '9 فبراير/شباط 2022'],
  [jan2, ar('western', 'latn'), '2 يناير 2022'],
  [jan2, ar('levantine', 'latn'), '2 كانون الثاني 2022'],
  [jan2, ar('western', 'arab'), '٢ يناير ٢٠٢٢'],
  [jan2, ar('levantine', 'arab'), '٢ كانون الثاني ٢٠٢٢'],
  [jan2, ar('both', 'arab'), '٢ يناير/كانون الثاني ٢٠٢٢'],
  [{ value: '2022-10-19', precision: 'day' }, ar('levantine', 'latn'), '19 تشرين الأول 2022'],
  [{ value: '2022-08-01', precision: 'day' }, ar('both', 'arab'), '١ أغسطس/آب ٢٠٢٢'],
  [jan, ar('western', 'latn'), 'يناير 2022'],
  [jan, ar('levantine', 'arab'), 'كانون الثاني ٢٠٢٢'],
  [jan, ar('both', 'latn'), 'يناير/كانون الثاني 2022'],
  [y2018, ar('both', 'latn'), '2018'],
  [y2018, ar('western', 'arab'), '٢٠١٨'],
  [jan2, { uiLanguage: 'en', monthNames: 'both', digits: 'latn' }, '2 January 2022'],
  [jan2, { uiLanguage: 'en', monthNames: 'levantine', digits: 'arab' }, '2 January 2022'],
  [jan, { uiLanguage: 'en', monthNames: 'western', digits: 'latn' }, 'January 2022'],
  [y2018, { uiLanguage: 'en', monthNames: 'western', digits: 'latn' }, '2018'],
  // Leap day and a year end: no time-zone drift.
  [{ value: '2024-02-29', precision: 'day' }, ar('western', 'latn'), '29 فبراير 2024'],
  [
    { value: '2021-12-31', precision: 'day' },
    { uiLanguage: 'en', monthNames: 'western', digits: 'latn' },
    '31 December 2021',
  ],
];

/** [from, to, whole days from → to, or null]. */
export const daysBetweenCases: [EventDate, EventDate, number | null][] = [
  [jan2, { value: '2022-01-07', precision: 'day' }, 5],
  [{ value: '2022-01-07', precision: 'day' }, { value: '2022-01-19', precision: 'day' }, 12],
  [{ value: '2022-01-19', precision: 'day' }, feb9, 21],
  [jan2, feb9, 38],
  [feb9, jan2, -38],
  [jan2, jan2, 0],
  [{ value: '2024-02-28', precision: 'day' }, { value: '2024-03-01', precision: 'day' }, 2],
  [{ value: '2021-12-31', precision: 'day' }, jan2, 2],
  // Across the European spring-forward night: still whole days.
  [{ value: '2022-03-26', precision: 'day' }, { value: '2022-03-28', precision: 'day' }, 2],
  [jan, feb9, null],
  [y2018, jan2, null],
];
