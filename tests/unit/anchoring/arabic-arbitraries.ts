import fc from 'fast-check';

/**
 * Characters that stress the normaliser: letters, every kind of removed mark, alef and yeh
 * variants, three digit systems, Latin case, whitespace of several kinds, punctuation and an
 * astral character (a surrogate pair, kept whole as one unit of the generator).
 */
export const arabicUnits = [
  'ا',
  'ب',
  'ت',
  'س',
  'ل',
  'م',
  'ن',
  'ه',
  'و',
  'ي',
  'ة',
  'ى',
  'ی',
  'أ',
  'إ',
  'آ',
  'ٱ',
  '\u064e',
  '\u064f',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u064b',
  '\u0670',
  '\u0654',
  'ـ',
  '0',
  '1',
  '٢',
  '٣',
  '۴',
  '۵',
  '٫',
  'A',
  'b',
  'Z',
  'é',
  'É',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u200c',
  '\u200f',
  '،',
  '«',
  '»',
  '.',
  '😀',
];

/** A string drawn from {@link arabicUnits}. */
export const arabicString = (maxLength = 40) =>
  fc.string({ unit: fc.constantFrom(...arabicUnits), maxLength });
