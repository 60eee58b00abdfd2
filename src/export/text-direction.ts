/** Base direction of a text, as used by W3C `textDirection` and HTML `dir`. */
export type TextDirection = 'rtl' | 'ltr' | 'auto';

/** Language tag we can honestly claim for a user's note. */
export type NoteLanguage = 'ar' | 'en' | 'und';

// Letters of right-to-left scripts (bidi classes R and AL): Hebrew, Arabic, Syriac, Thaana, NKo,
// Samaritan, Mandaic and the Arabic presentation forms all live in these script properties.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
// A strong character: any letter. Arabic-Indic digits and marks are weak, like all digits.
const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** The first letter of `text` (its first strong character), or null when it has none. */
function firstLetter(text: string): string | null {
  for (const ch of text) {
    if (LETTER.test(ch)) return ch;
  }
  return null;
}

/**
 * Direction of `text` by the Unicode first-strong rule (UAX #9 P2/P3, simplified to letters):
 * 'rtl' when the first letter is of a right-to-left script, 'ltr' for any other letter,
 * 'auto' when the text has no letter at all (digits, punctuation, emoji, empty).
 */
export function textDirection(text: string): TextDirection {
  const ch = firstLetter(text);
  if (ch === null) return 'auto';
  return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
}

/**
 * The language claimed for a note, from the script of its first letter: Arabic script → 'ar';
 * Latin script → 'en' (the app's two languages are Arabic and English, so a Latin-script note is
 * taken to be English); anything else, or no letter at all → 'und' (undetermined), never a guess.
 */
export function noteLanguage(text: string): NoteLanguage {
  const ch = firstLetter(text);
  if (ch === null) return 'und';
  if (ARABIC_LETTER.test(ch)) return 'ar';
  return LATIN_LETTER.test(ch) ? 'en' : 'und';
}
