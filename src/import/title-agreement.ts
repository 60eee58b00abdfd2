import { normalizeArabicText, SEARCH_NORMALIZATION } from '../anchoring/normalize-arabic';

// Separators sites put between a headline and their name: "title | RT Arabic", "title - BBC".
const SITE_SEPARATOR = /\s+[|\-–—·:•]{1,2}\s+/u;
/** A site's name is short: a segment of more words than this is part of the title. */
const MAX_SITE_WORDS = 4;
/** One title counts as containing the other only when the shorter has this many letters. */
const MIN_CONTAINED_LENGTH = 10;

/**
 * A title as titles are compared: Arabic folded as search folds it (harakat, tatweel, hamza
 * forms, ى/ي, ة/ه, digits), Latin lower-cased, punctuation and symbols dropped, spaces
 * collapsed. Never throws.
 */
export function foldTitle(title: string): string {
  return normalizeArabicText(title, SEARCH_NORMALIZATION)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The forms a title may take: itself, and without a short site name before or after it. */
function titleForms(title: string): string[] {
  const forms = [title];
  const parts = title.split(SITE_SEPARATOR);
  const words = (part: string) => part.trim().split(/\s+/u).length;
  if (parts.length > 1) {
    const last = parts.at(-1)!;
    const first = parts[0]!;
    if (words(last) <= MAX_SITE_WORDS) forms.push(parts.slice(0, -1).join(' '));
    if (words(first) <= MAX_SITE_WORDS) forms.push(parts.slice(1).join(' '));
  }
  return [...new Set(forms.map(foldTitle).filter((form) => form !== ''))];
}

function contains(longer: string, shorter: string): boolean {
  return shorter.length >= MIN_CONTAINED_LENGTH && ` ${longer} `.includes(` ${shorter} `);
}

/**
 * True when two titles name the same article, loosely: equal once folded ({@link foldTitle}),
 * once a short site name after or before a separator is set aside (" | RT Arabic",
 * "BBC News عربي - "), or when one contains the other as whole words (the shorter one having at
 * least 10 letters, so a bare site name never matches). False when either is blank.
 */
export function titlesAgree(a: string, b: string): boolean {
  const formsA = titleForms(a);
  const formsB = titleForms(b);
  return formsA.some((x) => formsB.some((y) => x === y || contains(x, y) || contains(y, x)));
}
