import type { DateMention } from '../../../src/timeline/extract-dates';

/** What a case expects of one mention: its span's text and its reading. */
export type Expected = Pick<DateMention, 'value' | 'precision' | 'yearInferred'> & {
  span: string;
  weekday?: DateMention['weekday'];
  weekdayMismatch?: boolean;
};

const day = (span: string, value: string, yearInferred = false): Expected => ({
  span,
  value,
  precision: 'day',
  yearInferred,
});

/** The seed article (published 2022-02-09): every date it writes, in text order, and no more. */
export const seedMentions: Expected[] = [
  {
    ...day('الأربعاء 9 فبراير/شباط 2022', '2022-02-09'),
    weekday: 'wednesday',
    weekdayMismatch: false,
  },
  { span: '2025', value: '2025', precision: 'year', yearInferred: false },
  // The explicit year after " - " belongs to the date and wins over "الماضي".
  day('2 يناير/كانون الثاني الماضي - 2022', '2022-01-02'),
  day('7 يناير', '2022-01-07', true),
  day('19 يناير', '2022-01-19', true),
  { span: '2018', value: '2018', precision: 'year', yearInferred: false },
];

/** [name, text, document date, expected mentions in order]. */
export const dateCases: [string, string, string, Expected[]][] = [
  [
    'both systems with slash',
    'في 9 فبراير/شباط 2022 قال',
    '2022-02-09',
    [day('9 فبراير/شباط 2022', '2022-02-09')],
  ],
  [
    'lead word بتاريخ stays out of the span',
    'بتاريخ 2 يناير/كانون الثاني',
    '2022-02-09',
    [day('2 يناير/كانون الثاني', '2022-01-02', true)],
  ],
  [
    'lead word بحلول stays out',
    'وبحلول 7 يناير نفسه',
    '2022-02-09',
    [day('7 يناير', '2022-01-07', true)],
  ],
  ['lead word منذ stays out', 'منذ 19 يناير', '2022-02-09', [day('19 يناير', '2022-01-19', true)]],
  [
    'bare day-month later in the year than the document: last year',
    'في 7 مارس',
    '2022-02-09',
    [day('7 مارس', '2021-03-07', true)],
  ],
  [
    'bare day-month on the document date itself',
    'في 9 فبراير',
    '2022-02-09',
    [day('9 فبراير', '2022-02-09', true)],
  ],
  ['Arabic-Indic digits', 'في ١٩ يناير ٢٠٢٢', '2022-02-09', [day('١٩ يناير ٢٠٢٢', '2022-01-19')]],
  [
    'Extended Arabic-Indic digits',
    'في ۱۹ يناير ۲۰۲۲',
    '2022-02-09',
    [day('۱۹ يناير ۲۰۲۲', '2022-01-19')],
  ],
  ['Levantine name alone', '9 شباط 2022', '2022-02-09', [day('9 شباط 2022', '2022-02-09')]],
  [
    'two-word Levantine name',
    '2 كانون الثاني 2022',
    '2022-02-09',
    [day('2 كانون الثاني 2022', '2022-01-02')],
  ],
  [
    'كانون الأول is December, not January',
    '25 كانون الأول',
    '2022-02-09',
    [day('25 كانون الأول', '2021-12-25', true)],
  ],
  [
    'تشرين الأول and تشرين الثاني',
    '15 تشرين الأول 2021 و3 تشرين الثاني',
    '2022-02-09',
    [day('15 تشرين الأول 2021', '2021-10-15'), day('3 تشرين الثاني', '2021-11-03', true)],
  ],
  [
    'every Western month',
    '1 يناير 2021 1 فبراير 2021 1 مارس 2021 1 أبريل 2021 1 مايو 2021 1 يونيو 2021',
    '2022-02-09',
    ['01', '02', '03', '04', '05', '06'].map((m, i) =>
      day(`1 ${['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو'][i]} 2021`, `2021-${m}-01`),
    ),
  ],
  [
    'every Western month, second half',
    '1 يوليو 2021 1 أغسطس 2021 1 سبتمبر 2021 1 أكتوبر 2021 1 نوفمبر 2021 1 ديسمبر 2021',
    '2022-02-09',
    ['07', '08', '09', '10', '11', '12'].map((m, i) =>
      day(
        `1 ${['يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'][i]} 2021`,
        `2021-${m}-01`,
      ),
    ),
  ],
  [
    'every Levantine month',
    '1 آذار 2021 1 نيسان 2021 1 أيار 2021 1 حزيران 2021 1 تموز 2021 1 آب 2021 1 أيلول 2021',
    '2022-02-09',
    ['03', '04', '05', '06', '07', '08', '09'].map((m, i) =>
      day(
        `1 ${['آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول'][i]} 2021`,
        `2021-${m}-01`,
      ),
    ),
  ],
  [
    'spellings without hamza',
    '5 ابريل 2021 و6 اكتوبر 2021 و7 اغسطس 2021 و8 يونيه 2021',
    '2022-02-09',
    [
      day('5 ابريل 2021', '2021-04-05'),
      day('6 اكتوبر 2021', '2021-10-06'),
      day('7 اغسطس 2021', '2021-08-07'),
      day('8 يونيه 2021', '2021-06-08'),
    ],
  ],
  [
    'harakat and shadda inside names',
    '9 فِبْرايِر 2022 و1 أيّار',
    '2022-02-09',
    [day('9 فِبْرايِر 2022', '2022-02-09'), day('1 أيّار', '2021-05-01', true)],
  ],
  [
    'weekday attached to the date',
    'اليوم الأربعاء 9 فبراير/شباط 2022',
    '2022-02-09',
    [
      {
        ...day('الأربعاء 9 فبراير/شباط 2022', '2022-02-09'),
        weekday: 'wednesday',
        weekdayMismatch: false,
      },
    ],
  ],
  [
    'weekday and comma',
    'الاثنين، 7 مارس 2022',
    '2022-03-09',
    [{ ...day('الاثنين، 7 مارس 2022', '2022-03-07'), weekday: 'monday', weekdayMismatch: false }],
  ],
  [
    'weekday that disagrees with the date',
    'الخميس 9 فبراير 2022',
    '2022-02-09',
    [{ ...day('الخميس 9 فبراير 2022', '2022-02-09'), weekday: 'thursday', weekdayMismatch: true }],
  ],
  [
    'weekday alone after اليوم: the document date',
    'قال اليوم الأربعاء',
    '2022-02-09',
    [
      {
        span: 'الأربعاء',
        value: '2022-02-09',
        precision: 'weekday',
        yearInferred: true,
        weekday: 'wednesday',
      },
    ],
  ],
  [
    'weekday alone after يوم: the latest one',
    'وصل يوم الجمعة',
    '2022-02-09',
    [
      {
        span: 'الجمعة',
        value: '2022-02-04',
        precision: 'weekday',
        yearInferred: true,
        weekday: 'friday',
      },
    ],
  ],
  [
    'month with الماضي: the latest before the document month',
    'في يناير الماضي',
    '2022-02-09',
    [{ span: 'يناير الماضي', value: '2022-01', precision: 'month', yearInferred: true }],
  ],
  [
    'الماضي for a later month: last year',
    'مارس الماضي',
    '2022-02-09',
    [{ span: 'مارس الماضي', value: '2021-03', precision: 'month', yearInferred: true }],
  ],
  [
    'الماضي for the document month itself: last year',
    'فبراير الماضي',
    '2022-02-09',
    [{ span: 'فبراير الماضي', value: '2021-02', precision: 'month', yearInferred: true }],
  ],
  [
    'المقبل: the next one',
    'في مارس المقبل وفي يناير القادم',
    '2022-02-09',
    [
      { span: 'مارس المقبل', value: '2022-03', precision: 'month', yearInferred: true },
      { span: 'يناير القادم', value: '2023-01', precision: 'month', yearInferred: true },
    ],
  ],
  [
    'month and year',
    'في فبراير/شباط 2022',
    '2022-02-09',
    [{ span: 'فبراير/شباط 2022', value: '2022-02', precision: 'month', yearInferred: false }],
  ],
  [
    'month after a lead word',
    'منذ أبريل',
    '2022-02-09',
    [{ span: 'أبريل', value: '2021-04', precision: 'month', yearInferred: true }],
  ],
  [
    'day, month, من عام, year',
    '9 فبراير من عام 2022',
    '2022-02-09',
    [day('9 فبراير من عام 2022', '2022-02-09')],
  ],
  [
    'العام before a year',
    'طرحت في العام 2018.',
    '2022-02-09',
    [{ span: '2018', value: '2018', precision: 'year', yearInferred: false }],
  ],
  [
    'حتى عام',
    'حتى عام 2025',
    '2022-02-09',
    [{ span: '2025', value: '2025', precision: 'year', yearInferred: false }],
  ],
  [
    'سنة with Arabic-Indic digits, and لعام',
    'سنة ٢٠١٩ ولعام 2020 وللعام 2021',
    '2022-02-09',
    ['2019', '2020', '2021'].map((y, i) => ({
      span: ['٢٠١٩', '2020', '2021'][i] ?? '',
      value: y,
      precision: 'year' as const,
      yearInferred: false,
    })),
  ],
  [
    '29 February resolves to the latest leap year',
    'في 29 فبراير',
    '2022-03-01',
    [day('29 فبراير', '2020-02-29', true)],
  ],
  [
    '29 February with an explicit leap year',
    '29 فبراير 2024',
    '2024-03-01',
    [day('29 فبراير 2024', '2024-02-29')],
  ],
  [
    "a year on the next line is not the date's year",
    'في 19 يناير\n2022 شخص',
    '2022-02-09',
    [day('19 يناير', '2022-01-19', true)],
  ],
  [
    'tatweel and a right-to-left mark inside the date',
    'في ١٩ فبـــراير\u200F ٢٠٢٢',
    '2022-02-09',
    [day('١٩ فبـــراير\u200F ٢٠٢٢', '2022-02-19')],
  ],
  [
    'teh marbuta typed as heh, alef maksura, no hamza',
    'يوم الجمعه، وفي 4 ايار',
    '2022-02-09',
    [
      {
        span: 'الجمعه',
        value: '2022-02-04',
        precision: 'weekday',
        yearInferred: true,
        weekday: 'friday',
      },
      day('4 ايار', '2021-05-04', true),
    ],
  ],
  [
    'the first of January, seen from late December',
    'في 1 يناير',
    '2021-12-31',
    [day('1 يناير', '2021-01-01', true)],
  ],
];

/** Texts with numbers that are not dates, and days the month does not have: none found. */
export const nonDateCases: [string, string][] = [
  ['the toll', 'توفي على إثر هذه الأحداث 225 شخصاً، وأصيب أكثر من 4.5 ألف.'],
  ['a duration in years', 'وآليات استخدامها التي تم إنشاؤها على مدار 20 عاما'],
  ['a count of states', 'منظمة أمنية دولية تضم حاليا 6 دول'],
  ['a decimal quantity', '4.5 ألف'],
  ['a decimal with the Arabic separator', '٤٫٥ ألف'],
  ['a four-digit count', 'شارك أكثر من 2000 شخص'],
  ['مارس as a verb', 'مارس الضغط على الحكومة'],
  ['الأحد as "the one"', 'الأحد عشر كوكبا'],
  ['a time of day', 'الساعة 7:30 مساء'],
  ['30 February', 'في 30 فبراير 2022'],
  ['31 April, without a year', 'في 31 أبريل'],
  ['29 February in a common year', '29 فبراير 2022'],
  ['day zero', '0 يناير 2022'],
  ['a number of days', 'بعد 5 أيام'],
  ['a year without a lead word', 'بلغ العدد 2022'],
  ['a five-digit number after عام', 'عام 20221'],
  ['a weekday name with no word for a day', 'الجمعة'],
  ['عام at the end of one block, a number at the start of the next', 'عام\n2018 شخص'],
  ['a number ending one block, a month name starting the next', 'رقم 9\nفبراير'],
];
