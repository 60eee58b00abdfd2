/** Which preset a case uses. */
export type Preset = 'anchoring' | 'search';

/** One input, the preset, and the normalised text it must give. */
export interface NormalizeCase {
  name: string;
  input: string;
  preset: Preset;
  expected: string;
}

/** Words are taken from the real article unless the case needs something it lacks. */
export const normalizeCases: NormalizeCase[] = [
  { name: 'shadda removed', input: 'يشكّل', preset: 'anchoring', expected: 'يشكل' },
  { name: 'damma removed', input: 'مُستمرة', preset: 'anchoring', expected: 'مستمرة' },
  { name: 'tanween removed', input: 'سلباً', preset: 'anchoring', expected: 'سلبا' },
  {
    name: 'full vocalisation removed',
    input: 'أَعْلَنَ الأَمِينُ العَامُّ',
    preset: 'anchoring',
    expected: 'اعلن الامين العام',
  },
  { name: 'superscript alef removed', input: 'هٰذا', preset: 'anchoring', expected: 'هذا' },
  { name: 'tatweel removed', input: 'الأمـــن', preset: 'anchoring', expected: 'الامن' },
  { name: 'hamza above folded', input: 'أعلن', preset: 'anchoring', expected: 'اعلن' },
  { name: 'hamza below folded', input: 'إطار', preset: 'anchoring', expected: 'اطار' },
  { name: 'madda folded', input: 'آخذ', preset: 'anchoring', expected: 'اخذ' },
  { name: 'wasla folded', input: 'ٱلأمن', preset: 'anchoring', expected: 'الامن' },
  {
    name: 'decomposed hamza (U+0654) folds like أ',
    input: 'ا\u0654كثر',
    preset: 'anchoring',
    expected: 'اكثر',
  },
  { name: 'Arabic-Indic digits', input: '٢٠٢٢', preset: 'anchoring', expected: '2022' },
  { name: 'Eastern Arabic-Indic digits', input: '۲۰۲۵', preset: 'anchoring', expected: '2025' },
  { name: 'Arabic decimal separator', input: '٤٫٥ ألف', preset: 'anchoring', expected: '4.5 الف' },
  {
    name: 'whitespace runs collapse',
    input: 'زاس،\t \n أن',
    preset: 'anchoring',
    expected: 'زاس، ان',
  },
  {
    name: 'no-break space is whitespace',
    input: '9\u00a0فبراير',
    preset: 'anchoring',
    expected: '9 فبراير',
  },
  {
    name: 'marks between spaces do not split a run',
    input: 'ا \u064e b',
    preset: 'anchoring',
    expected: 'ا b',
  },
  {
    name: 'zero-width joiners and bidi marks removed',
    input: 'ناتو\u200c\u200f',
    preset: 'anchoring',
    expected: 'ناتو',
  },
  { name: 'anchoring keeps ة', input: 'الاستجابة', preset: 'anchoring', expected: 'الاستجابة' },
  { name: 'anchoring keeps ى', input: 'على', preset: 'anchoring', expected: 'على' },
  // Latin case and accents fold in both presets, as harakat do (issue 12).
  { name: 'anchoring folds Latin case', input: 'Photo', preset: 'anchoring', expected: 'photo' },
  {
    name: 'anchoring folds accents',
    input: 'Café Marée',
    preset: 'anchoring',
    expected: 'cafe maree',
  },
  { name: 'acute and grave', input: 'éÉèÈ', preset: 'search', expected: 'eeee' },
  {
    name: 'umlaut and circumflex',
    input: 'Über Zürich, hôtel',
    preset: 'search',
    expected: 'uber zurich, hotel',
  },
  {
    name: 'cedilla and tilde',
    input: 'Façade São Paulo',
    preset: 'search',
    expected: 'facade sao paulo',
  },
  {
    name: 'ring, caron, ogonek',
    input: 'Ångström Dvořák Łódź',
    preset: 'search',
    expected: 'angstrom dvorak lodz',
  },
  { name: 'stroked letters', input: 'Ørsted Đorđe', preset: 'search', expected: 'orsted dorde' },
  { name: 'Vietnamese stacked accents', input: 'Việt Nam', preset: 'search', expected: 'viet nam' },
  {
    name: 'combining accents removed like harakat',
    input: 'Cafe\u0301 nai\u0308ve',
    preset: 'search',
    expected: 'cafe naive',
  },
  {
    name: 'ligatures kept (one unit each)',
    input: 'Straße Æsop œuvre',
    preset: 'search',
    expected: 'straße æsop œuvre',
  },
  {
    name: 'İ folds to i (its dot is an accent)',
    input: 'İstanbul',
    preset: 'search',
    expected: 'istanbul',
  },
  { name: 'search folds ة to ه', input: 'الاستجابة', preset: 'search', expected: 'الاستجابه' },
  { name: 'search folds ى to ي', input: 'على', preset: 'search', expected: 'علي' },
  { name: 'search folds Farsi yeh', input: 'علی', preset: 'search', expected: 'علي' },
  {
    name: 'search folds Latin case',
    input: 'Creative Commons',
    preset: 'search',
    expected: 'creative commons',
  },
  {
    name: 'astral characters pass through',
    input: 'زاس 😀 ناتو',
    preset: 'anchoring',
    expected: 'زاس 😀 ناتو',
  },
  {
    name: 'lone surrogates are kept, not replaced',
    input: 'a\ud800b',
    preset: 'anchoring',
    expected: 'a\ud800b',
  },
  { name: 'empty string', input: '', preset: 'anchoring', expected: '' },
  { name: 'only harakat', input: 'َُِّ', preset: 'anchoring', expected: '' },
];

/** A normalised hit and the original range it must map back to. */
export interface MapCase {
  name: string;
  input: string;
  /** The normalised hit, given by its text (first occurrence in the normalised text). */
  hit: string;
  /** What `input.slice(range)` must be. */
  original: string;
}

export const mapCases: MapCase[] = [
  {
    name: 'hit ends after trailing shadda',
    input: 'لا يشكّل تهديدا',
    hit: 'يشكل',
    original: 'يشكّل',
  },
  { name: 'hit ends after trailing tanween', input: 'سلباً أيضاً', hit: 'سلبا', original: 'سلباً' },
  { name: 'hit starts on the base letter', input: 'مُستمرة', hit: 'ستمرة', original: 'ستمرة' },
  { name: 'hit ending mid-word keeps its marks', input: 'مُستمرة', hit: 'م', original: 'مُ' },
  {
    name: 'hit over a collapsed run covers the run',
    input: 'زاس  \n أن',
    hit: 'زاس ان',
    original: 'زاس  \n أن',
  },
  { name: 'hit before a run stops before it', input: 'زاس  \n أن', hit: 'زاس', original: 'زاس' },
  {
    name: 'tatweel inside the hit is kept',
    input: 'الأمـــن العام',
    hit: 'الامن',
    original: 'الأمـــن',
  },
  { name: 'astral character kept whole', input: 'x😀y', hit: '😀', original: '😀' },
  { name: 'leading marks join the first character', input: 'َبَ', hit: 'ب', original: 'َبَ' },
  {
    name: 'an accented letter maps to itself',
    input: 'the Café Marée',
    hit: 'cafe',
    original: 'Café',
  },
  {
    name: 'hit ends after a combining accent',
    input: 'a cafe\u0301 here',
    hit: 'cafe',
    original: 'cafe\u0301',
  },
  { name: 'hit starts on a capital', input: 'ÉCOLE', hit: 'cole', original: 'COLE' },
];
