/**
 * `input` and `expected` are snippets with the range in brackets (`[]` for a caret). Unless
 * `text` is given, the snippet is found in the real article.
 */
export interface SnapCase {
  name: string;
  text?: string;
  input: string;
  expected: string;
}

export const snapCases: SnapCase[] = [
  { name: 'both ends mid-word', input: 'الأمين ال[عا]م لمنظمة', expected: 'الأمين [العام] لمنظمة' },
  { name: 'start mid-word', input: 'ستانيسلا[ف زاس]، أن', expected: '[ستانيسلاف زاس]، أن' },
  {
    name: 'whole words stay as they are',
    input: 'الجماعي [ستانيسلاف زاس]، أن',
    expected: 'الجماعي [ستانيسلاف زاس]، أن',
  },
  {
    name: 'a trailing comma is kept, not extended past',
    input: '[زاس،] أن',
    expected: '[زاس،] أن',
  },
  { name: 'trailing space trimmed', input: 'زاس، [أن ]تكثيف', expected: 'زاس، [أن] تكثيف' },
  {
    name: 'leading space trimmed, then snapped',
    input: 'زاس،[ أن تك]ثيف',
    expected: 'زاس، [أن تكثيف]',
  },
  {
    name: 'end between a letter and its shadda',
    input: '[لا يشك]ّل تهديدا',
    expected: '[لا يشكّل] تهديدا',
  },
  { name: 'only a shadda selected: its word', input: 'يشك[ّ]ل تهديدا', expected: '[يشكّل] تهديدا' },
  { name: 'tanween kept with its word', input: 'سلب[اً] أيضاً', expected: '[سلباً] أيضاً' },
  {
    name: 'tatweel is part of the word',
    text: 'أمن الأمـــن العام',
    input: 'الأمـ[ــ]ن',
    expected: '[الأمـــن]',
  },
  { name: 'a decimal number is one word', input: 'من [4].5 ألف', expected: 'من [4.5] ألف' },
  {
    name: 'Arabic decimal separator too',
    text: 'نحو ٤٫٥ ألف',
    input: 'نحو ٤٫[٥] ألف',
    expected: 'نحو [٤٫٥] ألف',
  },
  {
    name: 'a full stop after a number is not part of it',
    input: 'العام [2018].',
    expected: 'العام [2018].',
  },
  { name: 'quotation marks are not swallowed', input: '"فالد[اي]"', expected: '"[فالداي]"' },
  {
    name: 'guillemets are not swallowed',
    text: 'قال «الأمن الجماعي» أمس',
    input: '«الأمن الجما[عي]»',
    expected: '«الأمن [الجماعي]»',
  },
  { name: 'slash separates words', input: 'فبراير/شب[ا]ط', expected: 'فبراير/[شباط]' },
  { name: 'across two blocks', input: 'بأكمل[ها.\nوص]رّح', expected: '[بأكملها.\nوصرّح]' },
  {
    name: 'Latin letters',
    input: 'Photo : Crea[tive] Commons',
    expected: 'Photo : [Creative] Commons',
  },
  {
    name: 'astral symbols are not word characters',
    text: 'زاس😀 أن',
    input: 'زا[س😀]',
    expected: '[زاس😀]',
  },
  { name: 'caret inside a word: the word', input: 'زا[]س، أن', expected: '[زاس]، أن' },
  { name: 'caret at a word start: that word', input: 'زاس، []أن', expected: 'زاس، [أن]' },
  {
    name: 'caret after a word, before punctuation: that word',
    input: 'زاس[]، أن',
    expected: '[زاس]، أن',
  },
  {
    name: 'caret between space and punctuation: stays collapsed',
    text: 'أ «ب»',
    input: 'أ []«',
    expected: 'أ []«',
  },
  { name: 'whitespace only: collapses to its start', input: 'زاس،[ ]أن', expected: 'زاس،[] أن' },
  {
    name: 'block separator only: collapses',
    input: 'بأكملها.[\n]وصرّح',
    expected: 'بأكملها.[]\nوصرّح',
  },
];
