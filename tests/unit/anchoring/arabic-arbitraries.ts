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

/** True for the marks the normaliser removes (harakat, tatweel, Quranic and invisible marks). */
export function isRemovedMark(ch: string | undefined): boolean {
  const c = ch?.charCodeAt(0) ?? -1;
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x061c ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x200b && c <= 0x200f)
  );
}
