/**
 * `pattern` marks its quote with brackets; `text` marks where the quote must land with
 * brackets (or `null`: no alignment within `maxErrors`). The search starts at the diagonal
 * where the pattern would start in the text with no edits (`diagonal`).
 */
export interface AlignCase {
  name: string;
  pattern: string;
  text: string;
  diagonal: number;
  maxErrors: number;
  expected: { text: string | null; errors?: number; innerErrors?: number };
}

/** Real words from the article, edited the ways texts get edited. */
export const alignCases: AlignCase[] = [
  {
    name: 'exact',
    pattern: 'الامين [العام] لمنظمة',
    text: 'اعلن الامين العام لمنظمة',
    diagonal: 5,
    maxErrors: 2,
    expected: { text: 'اعلن الامين [العام] لمنظمة', errors: 0, innerErrors: 0 },
  },
  {
    name: 'letter deleted inside the quote',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين الام لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'الامين [الام] لمنظمة', errors: 1, innerErrors: 1 },
  },
  {
    name: 'first letter of the quote deleted',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين لعام لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'الامين [لعام] لمنظمة', errors: 1, innerErrors: 1 },
  },
  {
    name: 'last letter of the quote deleted',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين العا لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'الامين [العا] لمنظمة', errors: 1, innerErrors: 1 },
  },
  {
    name: 'word inserted before the quote stays outside it',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين و العام لمنظمة',
    diagonal: 0,
    maxErrors: 3,
    expected: { text: 'الامين و [العام] لمنظمة', errors: 2, innerErrors: 0 },
  },
  {
    name: 'letter inserted after the quote stays outside it',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين العامم لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'الامين [العام]م لمنظمة', errors: 1, innerErrors: 0 },
  },
  {
    name: 'substitution inside the quote',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامين العال لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'الامين [العال] لمنظمة', errors: 1, innerErrors: 1 },
  },
  {
    name: 'seed diagonal off by the budget still finds it',
    pattern: 'الامين [العام] لمنظمة',
    text: 'xxالامين العام لمنظمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: 'xxالامين [العام] لمنظمة', errors: 0, innerErrors: 0 },
  },
  {
    name: 'more edits than the budget',
    pattern: 'الامين [العام] لمنظمة',
    text: 'الامير العال لمنضمة',
    diagonal: 0,
    maxErrors: 2,
    expected: { text: null },
  },
];
