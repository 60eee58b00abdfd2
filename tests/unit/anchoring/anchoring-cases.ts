import type { AnchorResult } from '../../../src/anchoring/selectors';

/**
 * A passage written as a snippet of text with the range in brackets, e.g. `'فحسب، [بل] يؤثر'`:
 * the snippet without brackets must occur in the text (its `occurrence`-th time, 0-based) and
 * the range is the bracketed part.
 */
export interface Passage {
  at: string;
  occurrence?: number;
}

/** One anchoring scenario on the real article. */
export interface AnchorCase {
  name: string;
  /** Turns the article into the text the annotation was made on (default: the article). */
  original?: (article: string) => string;
  /** The annotated range in the original text. */
  source: Passage;
  /** What the stored target keeps: all selectors, no position (CSV import), the bare quote. */
  keep?: 'all' | 'no-position' | 'quote-only';
  /** How the text changed before anchoring (default: unchanged). */
  edit?: (text: string) => string;
  /** Where anchoring must land in the edited text, or orphan. */
  expected:
    { status: Exclude<AnchorResult['status'], 'orphan'>; range: Passage } | { status: 'orphan' };
}

const PHRASE = 'منظمة معاهدة الأمن الجماعي';
const NEW_FIRST_PARAGRAPH = 'عاجل: تصريحات جديدة لمسؤول إقليمي حول الوضع في آسيا الوسطى.\n';

const prepend = (text: string) => NEW_FIRST_PARAGRAPH + text;
const replaceAll = (from: string | RegExp, to: string) => (text: string) =>
  text.replaceAll(from, to);
const deleteLine = (n: number) => (text: string) =>
  text
    .split('\n')
    .filter((_, i) => i !== n - 1)
    .join('\n');
const HARAKAT = /[\u064b-\u065f\u0670]/gu;
/** Moves line `n` (1-based) to the end and puts a new first paragraph before everything. */
const moveLineToEnd = (n: number) => (text: string) => {
  const lines = text.split('\n');
  const [moved] = lines.splice(n - 1, 1);
  return prepend([...lines, moved].join('\n'));
};
/** Moves line `n` (1-based) to the start, after a new first paragraph. */
const moveLineToStart = (n: number) => (text: string) => {
  const lines = text.split('\n');
  const [moved] = lines.splice(n - 1, 1);
  return prepend([moved, ...lines].join('\n'));
};
const toArabicIndic = (text: string) =>
  text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d)));
const toEasternIndic = (text: string) =>
  text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x06f0 + Number(d)));

export const anchorCases: AnchorCase[] = [
  {
    name: 'lede quote, text unchanged: stored position',
    source: { at: 'الجماعي [ستانيسلاف زاس]، أن' },
    expected: { status: 'position', range: { at: 'الجماعي [ستانيسلاف زاس]، أن' } },
  },
  {
    name: 'across two blocks (the \\n separator is canonical text)',
    source: { at: 'الجماعي [بأكملها.\nوصرّح الأمين العام] للمنظمة' },
    expected: { status: 'position', range: { at: '[بأكملها.\nوصرّح الأمين العام]' } },
  },
  {
    name: 'across two blocks, text shifted by a new first paragraph',
    source: { at: '[بأكملها.\nوصرّح الأمين العام]' },
    edit: prepend,
    expected: { status: 'quote', range: { at: '[بأكملها.\nوصرّح الأمين العام]' } },
  },
  {
    name: 'across two blocks merged into one (same length, so the stored position holds)',
    source: { at: '[بأكملها.\nوصرّح الأمين العام]' },
    edit: (text) => text.replace('بأكملها.\nوصرّح', 'بأكملها. وصرّح'),
    expected: { status: 'position', range: { at: '[بأكملها. وصرّح الأمين العام]' } },
  },
  {
    name: 'repeated phrase (16 times), text shifted: context picks the 6th',
    source: { at: `[${PHRASE}]`, occurrence: 5 },
    edit: prepend,
    expected: { status: 'quote', range: { at: `[${PHRASE}]`, occurrence: 5 } },
  },
  {
    name: 'repeated phrase, an earlier paragraph holding it deleted: the 6th is now the 5th',
    source: { at: `[${PHRASE}]`, occurrence: 5 },
    edit: deleteLine(2),
    expected: { status: 'quote', range: { at: `[${PHRASE}]`, occurrence: 4 } },
  },
  {
    name: 'repeated phrase without position (CSV import): context picks the 8th',
    source: { at: `[${PHRASE}]`, occurrence: 7 },
    keep: 'no-position',
    expected: { status: 'quote', range: { at: `[${PHRASE}]`, occurrence: 7 } },
  },
  {
    name: 'repeated phrase, bare quote: nothing to choose by, so the first',
    source: { at: `[${PHRASE}]`, occurrence: 7 },
    keep: 'quote-only',
    expected: { status: 'quote', range: { at: `[${PHRASE}]`, occurrence: 0 } },
  },
  {
    name: 'repeated phrase whose paragraph was deleted: orphan, not another copy',
    source: { at: 'الإرهابية في منظمة معاهدة [الأمن الجماعي] قد توقف' },
    edit: deleteLine(14),
    expected: { status: 'orphan' },
  },
  {
    name: 're-voweled text (harakat added before and inside the quote)',
    source: { at: '[الأمين العام لمنظمة]', occurrence: 1 },
    edit: replaceAll('الأمين العام', 'الأَمِينُ العَامُّ'),
    expected: { status: 'quote', range: { at: '[الأَمِينُ العَامُّ لمنظمة]', occurrence: 1 } },
  },
  {
    name: 'harakat removed from the whole text',
    source: { at: 'المجاورة [لا يشكّل تهديدا] لبيلاروسيا' },
    edit: replaceAll(HARAKAT, ''),
    expected: { status: 'quote', range: { at: 'المجاورة [لا يشكل تهديدا] لبيلاروسيا' } },
  },
  {
    name: 'harakat added inside the quote only',
    source: { at: '[عسكرة المنطقة كلها]' },
    edit: replaceAll('عسكرة المنطقة', 'عَسْكَرَةَ المِنْطَقَةِ'),
    expected: { status: 'quote', range: { at: '[عَسْكَرَةَ المِنْطَقَةِ كلها]' } },
  },
  {
    name: 'hamza dropped from every alef (أ إ آ written ا), text shifted',
    source: { at: '[وأصيب أكثر من 4.5 ألف]' },
    edit: (text) => prepend(text.replace(/[أإآ]/gu, 'ا')),
    expected: { status: 'quote', range: { at: '[واصيب اكثر من 4.5 الف]' } },
  },
  {
    name: 'hamza added to an alef inside the quote (same length: stored position holds)',
    source: { at: '[آخذ في الازدياد]' },
    edit: replaceAll('الازدياد', 'الإزدياد'),
    expected: { status: 'position', range: { at: '[آخذ في الإزدياد]' } },
  },
  {
    name: 'digits rewritten as Arabic-Indic, text shifted',
    source: { at: '[9 فبراير/شباط 2022]' },
    edit: (text) => prepend(toArabicIndic(text)),
    expected: { status: 'quote', range: { at: '[٩ فبراير/شباط ٢٠٢٢]' } },
  },
  {
    name: 'quote made on Eastern Arabic-Indic digits, text in ASCII digits: same place',
    original: toEasternIndic,
    source: { at: '[۲۲۵ شخصاً]' },
    edit: (text) => text.replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0)),
    expected: { status: 'position', range: { at: '[225 شخصاً]' } },
  },
  {
    name: 'text shifted by several edits before the quote',
    source: { at: '[تم تنظيم احتجاجات في منطقة مانجيستاو]' },
    edit: (text) =>
      prepend(text.replace('هناك زيادة كبيرة ', 'هناك ').replace('وبيّن أيضاً', 'وأوضح أيضاً')),
    expected: { status: 'quote', range: { at: '[تم تنظيم احتجاجات في منطقة مانجيستاو]' } },
  },
  {
    name: 'paragraph moved to the end after a new first paragraph: found whole, exactly',
    source: { at: 'فإن [العملية في كازاخستان] أظهرت' },
    edit: moveLineToEnd(8),
    expected: { status: 'quote', range: { at: 'فإن [العملية في كازاخستان] أظهرت' } },
  },
  {
    name: 'first words of a moved paragraph: the suffix pins them, the prefix now differs',
    source: { at: '[وبيّن أيضاً]: "ساهمت' },
    edit: moveLineToEnd(9),
    expected: { status: 'quote', range: { at: '[وبيّن أيضاً]: "ساهمت' } },
  },
  {
    name: 'last words of a moved paragraph: the prefix pins them, the suffix now differs',
    source: { at: 'منع تآكل [وحدة المنظمة.]' },
    edit: moveLineToStart(18),
    expected: { status: 'quote', range: { at: 'منع تآكل [وحدة المنظمة.]' } },
  },
  {
    name: 'a letter deleted inside the quote: fuzzy',
    source: { at: '[تتماشى مع مصالح منظمة]' },
    edit: replaceAll('تتماشى', 'تتمشى'),
    expected: { status: 'fuzzy', range: { at: '[تتمشى مع مصالح منظمة]' } },
  },
  {
    name: 'a letter respelled inside a long quote, text shifted: fuzzy',
    source: { at: '[تطوير البنية التحتية العسكرية في المناطق المجاورة]' },
    edit: (text) => prepend(text.replace('التحتية العسكرية', 'التحتيه العسكرية')),
    expected: {
      status: 'fuzzy',
      range: { at: '[تطوير البنية التحتيه العسكرية في المناطق المجاورة]' },
    },
  },
  {
    name: 'the last word of a quote respelled: fuzzy, the whole new word taken',
    source: { at: '[تطوير البنية التحتية العسكرية في المناطق المجاورة]' },
    edit: replaceAll('في المناطق المجاورة', 'في المناطق المجاورين'),
    expected: {
      status: 'fuzzy',
      range: { at: '[تطوير البنية التحتية العسكرية في المناطق المجاورين]' },
    },
  },
  {
    name: 'two-letter quote losing a letter: its context still pins it',
    source: { at: 'فحسب، [بل] يؤثر كذلك' },
    edit: (text) => text.replace('فحسب، بل يؤثر كذلك', 'فحسب، ب يؤثر كذلك'),
    expected: { status: 'fuzzy', range: { at: 'فحسب، [ب] يؤثر كذلك' } },
  },
  {
    name: 'bare quote found approximately',
    source: { at: '[تم رفع حالة الطوارئ في جميع أنحاء البلاد]' },
    keep: 'quote-only',
    edit: replaceAll('الطوارئ', 'الطورئ'),
    expected: { status: 'fuzzy', range: { at: '[تم رفع حالة الطورئ في جميع أنحاء البلاد]' } },
  },
  {
    name: 'quote deleted from the text: orphan',
    source: { at: '[وقد جرى ذلك بشكل مفيد حقا]' },
    edit: replaceAll(' وقد جرى ذلك بشكل مفيد حقا', ''),
    expected: { status: 'orphan' },
  },
  {
    name: 'quote rewritten beyond the error budget: orphan',
    source: { at: '[عسكرة المنطقة كلها]' },
    edit: replaceAll('عسكرة المنطقة كلها', 'تسليح الإقليم بأسره'),
    expected: { status: 'orphan' },
  },
  {
    name: 'Latin text in the credit line',
    source: { at: 'Photo : [Creative Commons]' },
    edit: prepend,
    expected: { status: 'quote', range: { at: 'Photo : [Creative Commons]' } },
  },
];
