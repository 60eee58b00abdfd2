/** Raw pastes and .txt files, and the paragraph texts they must give. */
export const plainTextCases: {
  name: string;
  raw: string;
  texts: string[];
  controlsStripped?: boolean;
}[] = [
  { name: 'one line per paragraph', raw: 'أ ب.\nج د.\n', texts: ['أ ب.', 'ج د.'] },
  {
    name: 'paragraphs by blank lines join their wrapped lines',
    raw: 'السطر الأول\nيكمل الفقرة.\n\nفقرة ثانية.',
    texts: ['السطر الأول يكمل الفقرة.', 'فقرة ثانية.'],
  },
  {
    name: 'several blank lines, some with spaces, are one break',
    raw: 'أ.\n\n \t\n\nب.',
    texts: ['أ.', 'ب.'],
  },
  {
    name: 'blank lines only at the ends do not switch to paragraphs by blank line',
    raw: '\n\nأ.\nب.\n\n\n',
    texts: ['أ.', 'ب.'],
  },
  { name: 'CRLF', raw: 'أ.\r\nب.\r\n', texts: ['أ.', 'ب.'] },
  { name: 'lone CR', raw: 'أ.\rب.', texts: ['أ.', 'ب.'] },
  { name: 'CRLF blank line', raw: 'أ\r\nب\r\n\r\nج', texts: ['أ ب', 'ج'] },
  { name: 'leading BOM', raw: '\uFEFFأ.\nب.', texts: ['أ.', 'ب.'] },
  {
    name: 'runs of spaces, tabs and no-break spaces collapse',
    raw: '  أ  \t ب\u00A0\u00A0ج  ',
    texts: ['أ ب ج'],
  },
  {
    name: 'a Unicode paragraph separator is a blank line, a line separator a line break',
    raw: 'أ\u2029ب\u2028ج',
    texts: ['أ', 'ب ج'],
  },
  {
    name: 'NUL and other controls are stripped and reported',
    raw: 'أ\u0000ب\u0007ج\u001B[0m.\u0080\u009F',
    texts: ['أبج[0m.'],
    controlsStripped: true,
  },
  {
    name: 'bidi overrides, embeddings and isolates are stripped and reported',
    raw: 'قال \u202Eزاس\u202C و\u2067الناتو\u2069 \u202Bهنا\u202A.',
    texts: ['قال زاس والناتو هنا.'],
    controlsStripped: true,
  },
  {
    name: 'bidi marks (LRM, RLM, ALM) stay',
    raw: 'CSTO\u200F و\u061C\u200E.',
    texts: ['CSTO\u200F و\u061C\u200E.'],
  },
  {
    name: 'form feed and vertical tab break lines, reported',
    raw: 'أ.\fب.\vج.',
    texts: ['أ.', 'ب.', 'ج.'],
    controlsStripped: true,
  },
  {
    name: 'zero-width non-joiner (Persian) and harakat are text, not controls',
    raw: 'می\u200Cخواهم\nكَتَبَ',
    texts: ['می\u200Cخواهم', 'كَتَبَ'],
  },
  { name: 'empty', raw: '', texts: [] },
  {
    name: 'white space and controls only',
    raw: ' \n\t\u0000\r\n ',
    texts: [],
    controlsStripped: true,
  },
];
