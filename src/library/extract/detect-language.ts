/** The writing system most of a text's letters belong to. */
export type Script = 'arabic' | 'hebrew' | 'latin' | 'other' | 'none';

/** A language the reader can be honest about from the script alone, and its direction. */
export interface DetectedLanguage {
  /** BCP 47 primary tag; 'und' (undetermined) when the letters do not say. */
  language: 'ar' | 'fa' | 'ur' | 'he' | 'en' | 'und';
  direction: 'rtl' | 'ltr';
  script: Script;
}

/** Letters enough to decide; a long document is not read whole. */
const SAMPLE_LENGTH = 20_000;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
/** Urdu letters Persian and Arabic do not use: ٹ ڈ ڑ ں ے ہ (heh goal). */
const URDU_ONLY = new Set(['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ']);
/** Persian's own letters and its keheh and Farsi yeh, which Arabic writes ك and ي. */
const PERSIAN = new Set(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی']);
/** Arabic's kaf, yeh, alef maksura and teh marbuta, rare or absent in Persian and Urdu. */
const ARABIC_ONLY = new Set(['ك', 'ي', 'ى', 'ة']);
/** Common English words: a Latin text is called English only when they are frequent. */
const ENGLISH_WORDS = new Set(
  'the of and to in is that for it was on with as by at from be this are has have not'.split(' '),
);
/** Share of a Latin text's words that are {@link ENGLISH_WORDS} in ordinary English prose. */
const ENGLISH_SHARE = 0.12;

/**
 * Detects language and direction from the letters of `text`: the script with most letters
 * wins; Arabic script is Urdu when Urdu-only letters make up at least 1% of its letters,
 * Persian when Persian letters outnumber Arabic-only ones, else Arabic; Hebrew is 'he'; Latin
 * is 'en' when common English words are frequent, else 'und'. Arabic-script and Hebrew texts
 * are right to left; anything else, including a text without letters, left to right.
 * @param text any text; only its first 20,000 UTF-16 units are read
 */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = { arabic: 0, hebrew: 0, latin: 0, other: 0, urdu: 0, persian: 0, arabicOnly: 0 };
  for (const ch of text.slice(0, SAMPLE_LENGTH)) {
    if (ARABIC.test(ch)) {
      counts.arabic += 1;
      if (URDU_ONLY.has(ch)) counts.urdu += 1;
      else if (PERSIAN.has(ch)) counts.persian += 1;
      else if (ARABIC_ONLY.has(ch)) counts.arabicOnly += 1;
    } else if (HEBREW.test(ch)) counts.hebrew += 1;
    else if (LATIN.test(ch)) counts.latin += 1;
    else if (LETTER.test(ch)) counts.other += 1;
  }
  const script = majorityScript(counts);
  switch (script) {
    case 'arabic':
      if (counts.urdu >= counts.arabic * 0.01) return rtl('ur', script);
      return rtl(counts.persian > counts.arabicOnly ? 'fa' : 'ar', script);
    case 'hebrew':
      return rtl('he', script);
    case 'latin':
      return { language: looksEnglish(text) ? 'en' : 'und', direction: 'ltr', script };
    default:
      return { language: 'und', direction: 'ltr', script };
  }
}

function rtl(language: DetectedLanguage['language'], script: Script): DetectedLanguage {
  return { language, direction: 'rtl', script };
}

function majorityScript(counts: Record<'arabic' | 'hebrew' | 'latin' | 'other', number>): Script {
  const ranked = (['arabic', 'hebrew', 'latin', 'other'] as const)
    .filter((s) => counts[s] > 0)
    .sort((a, b) => counts[b] - counts[a]);
  return ranked[0] ?? 'none';
}

function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, SAMPLE_LENGTH)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return common / words.length >= ENGLISH_SHARE;
}
