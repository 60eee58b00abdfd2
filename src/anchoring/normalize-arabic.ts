import type { TextRange } from './selectors';

/**
 * What {@link normalizeArabic} folds beyond what it always does. Every fold maps one UTF-16
 * unit to one unit, so offsets stay easy to map back.
 */
export interface ArabicNormalization {
  /** Fold ى (alef maksura) and Farsi ی to ي: spellings that differ by region or keyboard. */
  foldYeh: boolean;
  /** Fold ة (teh marbuta) to ه: often typed without its dots. */
  foldTehMarbuta: boolean;
  /** Fold Latin letters (U+0000–U+024F, U+1E00–U+1EFF) to lower case. */
  foldCase: boolean;
  /**
   * Fold accented Latin letters to their base letter (é→e, Ü→U, ç→c, ø→o, ł→l) and remove
   * combining accents (U+0300–U+036F) as harakat are removed: what a Latin-script reader leaves
   * out when typing, as an Arabic reader leaves out harakat.
   */
  foldAccents: boolean;
}

/**
 * Anchoring compares spellings strictly: ى/ي and ة/ه are different words often enough that a
 * quote should not silently move between them; the fuzzy matcher absorbs real respellings.
 * Latin case and accents are folded as harakat are: a quote of an English (or French…) text
 * that differs only in them, as a re-typed or re-cased copy does, is the same quote.
 */
export const ANCHORING_NORMALIZATION: Readonly<ArabicNormalization> = Object.freeze({
  foldYeh: false,
  foldTehMarbuta: false,
  foldCase: true,
  foldAccents: true,
});

/** Search (and tag/note filtering) forgives what people leave out when they type. */
export const SEARCH_NORMALIZATION: Readonly<ArabicNormalization> = Object.freeze({
  foldYeh: true,
  foldTehMarbuta: true,
  foldCase: true,
  foldAccents: true,
});

/** A normalised text and the way back to the original. */
export interface NormalizedText {
  text: string;
  /**
   * `toOriginal[i]` is the original UTF-16 offset where normalised unit `i` comes from, for
   * `i` in `0..text.length` (the last entry is the original length). Non-decreasing. Removed
   * marks belong to the unit before them, so the next unit's entry is past them.
   */
  toOriginal: Uint32Array;
}

const REMOVE = -1;
const SPACE = -2;
/** Kept as is, but the output must be checked for lone surrogates. */
const SURROGATE = -3;
const tables = new Map<string, Int32Array>();

/**
 * Normalises Arabic text for comparison: removes harakat (U+064B–U+065F, U+0670), Quranic
 * marks, tatweel and invisible format characters; folds أ إ آ ٱ to ا; maps Arabic-Indic and
 * Eastern Arabic-Indic digits (and ٫ ٬) to ASCII; collapses each whitespace run to one space;
 * plus the folds chosen in `options` (Latin case and accents among them). Linear time, no per-character allocation. Never throws.
 * @param original any string (lone surrogates are kept as they are)
 */
export function normalizeArabic(
  original: string,
  options: Readonly<ArabicNormalization>,
): NormalizedText {
  const table = tableFor(options);
  const n = original.length;
  const units = new Uint16Array(n);
  const toOriginal = new Uint32Array(n + 1);
  let length = 0;
  let inSpace = false;
  let cleanSurrogates = true;
  for (let i = 0; i < n; i++) {
    const mapped = table[original.charCodeAt(i)] as number;
    if (mapped >= 0) {
      inSpace = false;
      units[length] = mapped;
    } else if (mapped === SPACE) {
      if (inSpace) continue;
      inSpace = true;
      units[length] = 0x20;
    } else if (mapped === SURROGATE) {
      inSpace = false;
      units[length] = original.charCodeAt(i);
      cleanSurrogates &&= isPairedAt(original, i);
    } else {
      continue;
    }
    toOriginal[length++] = i;
  }
  toOriginal[length] = n;
  // Marks before the first kept unit have no unit to follow; they join the first one.
  if (length > 0) toOriginal[0] = 0;
  return {
    text: unitsToString(units.subarray(0, length), cleanSurrogates),
    toOriginal: toOriginal.subarray(0, length + 1),
  };
}

/** Just the normalised string, for filtering tags and notes. Never throws. */
export function normalizeArabicText(
  original: string,
  options: Readonly<ArabicNormalization>,
): string {
  return normalizeArabic(original, options).text;
}

/**
 * Maps a normalised range `[normStart, normEnd)` to original offsets: the start lands on the
 * first unit of a character (never between a letter and its harakat, never inside a surrogate
 * pair); the end lands after the last character's trailing marks. Boundaries that split a
 * surrogate pair in the normalised text are widened to the whole pair. Offsets are clamped.
 */
export function toOriginalRange(
  norm: NormalizedText,
  normStart: number,
  normEnd: number,
): TextRange {
  const { text, toOriginal } = norm;
  let start = clamp(normStart, 0, text.length);
  let end = clamp(normEnd, start, text.length);
  if (splitsPair(text, start)) start -= 1;
  if (end > start && splitsPair(text, end)) end += 1;
  return { start: toOriginal[start] as number, end: toOriginal[end] as number };
}

/**
 * The normalised offset of original offset `textOffset`: the first normalised unit that comes
 * from at or after it (so an offset inside a removed mark moves to the next character).
 * Clamped to `0..text.length`.
 */
export function toNormalizedOffset(norm: NormalizedText, textOffset: number): number {
  const { toOriginal } = norm;
  let lo = 0;
  let hi = toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toOriginal[mid] as number) < textOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The options object asked for last and its table: callers pass the same few constants. */
let lastAsked: { options: Readonly<ArabicNormalization>; table: Int32Array } | null = null;

function tableFor(options: Readonly<ArabicNormalization>): Int32Array {
  if (lastAsked?.options === options) return lastAsked.table;
  const table = tableForKey(options);
  lastAsked = { options, table };
  return table;
}

function tableForKey(options: Readonly<ArabicNormalization>): Int32Array {
  const key = `${+options.foldYeh}${+options.foldTehMarbuta}${+options.foldCase}${+options.foldAccents}`;
  let table = tables.get(key);
  if (table) return table;
  table = new Int32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  const t = table;
  const remove = (from: number, to: number) => t.fill(REMOVE, from, to + 1);
  remove(0x064b, 0x065f); // harakat, shadda, sukun, hamza/madda above and below
  remove(0x0670, 0x0670); // superscript alef
  remove(0x0640, 0x0640); // tatweel
  remove(0x06d6, 0x06dc); // Quranic annotation marks
  remove(0x06df, 0x06e4);
  remove(0x06e7, 0x06e8);
  remove(0x06ea, 0x06ed);
  remove(0x0610, 0x061a); // honorific and small marks
  remove(0x061c, 0x061c); // Arabic letter mark
  remove(0x200b, 0x200f); // zero-width space/joiners, LRM, RLM
  remove(0x202a, 0x202e); // bidi embeddings and overrides
  remove(0x2060, 0x2064); // word joiner, invisible operators
  remove(0x2066, 0x2069); // bidi isolates
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029]) {
    table[c] = SPACE;
  }
  for (const c of [0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = SPACE;
  table.fill(SPACE, 0x2000, 0x200b);
  table.fill(SURROGATE, 0xd800, 0xe000);
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) table[c] = 0x0627;
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d;
    table[0x06f0 + d] = 0x30 + d;
  }
  table[0x066b] = 0x2e; // Arabic decimal separator
  table[0x066c] = 0x2c; // Arabic thousands separator
  if (options.foldYeh) table[0x0649] = table[0x06cc] = 0x064a;
  if (options.foldTehMarbuta) table[0x0629] = 0x0647;
  if (options.foldAccents) foldLatinAccents(table);
  if (options.foldCase) foldLatinCase(table);
  tables.set(key, table);
  return table;
}

/** The Latin letters the folds look at: Basic Latin to Latin Extended-B, and Latin Extended Additional. */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x24f],
  [0x1e00, 0x1eff],
];

/** Letters whose stroke is part of the letter in Unicode (no decomposition), folded all the same. */
const STROKED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
};

function foldLatinAccents(table: Int32Array): void {
  table.fill(REMOVE, 0x0300, 0x0370); // combining diacritical marks
  for (const [from, to] of LATIN_RANGES) {
    for (let c = from; c <= to; c++) {
      const letter = String.fromCharCode(c);
      const base = STROKED[letter] ?? baseLetter(letter);
      if (base !== null) table[c] = base.charCodeAt(0);
    }
  }
}

/**
 * The letter `letter` decomposes to when all it adds is combining accents (é → e + U+0301),
 * else null. One unit in, one out: ligatures such as ß, æ and œ are left as they are.
 */
function baseLetter(letter: string): string | null {
  const parts = letter.normalize('NFD');
  if (parts.length < 2) return null;
  for (let i = 1; i < parts.length; i++) {
    const mark = parts.charCodeAt(i);
    if (mark < 0x0300 || mark > 0x036f) return null;
  }
  return parts[0] ?? null;
}

/** Lowers what a Latin capital maps to (after the accent fold, when there is one). */
function foldLatinCase(table: Int32Array): void {
  for (const [from, to] of LATIN_RANGES) {
    for (let c = from; c <= to; c++) {
      const mapped = table[c] as number;
      if (mapped < 0) continue;
      const lower = String.fromCharCode(mapped).toLowerCase();
      // Some capitals lower to two units (İ); leave those alone to keep the map one-to-one.
      if (lower.length === 1) table[c] = lower.charCodeAt(0);
    }
  }
}

function isPairedAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code <= 0xdbff) return i + 1 < s.length && isLow(s.charCodeAt(i + 1));
  return i > 0 && isHigh(s.charCodeAt(i - 1));
}

/** True when offset `i` of `s` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
const CHUNK = 8192;

/** TextDecoder is several times faster, but it would replace lone surrogates with U+FFFD. */
function unitsToString(units: Uint16Array, cleanSurrogates: boolean): string {
  if (cleanSurrogates) return decoder.decode(units);
  let s = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode(...units.subarray(i, i + CHUNK));
  }
  return s;
}
