/**
 * C0 and C1 control characters other than tab, line feed and carriage return (CR is turned
 * into LF before this runs), and the explicit bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). Pasted text and files carry them from terminals, PDFs and
 * broken encoders; they are invisible, so a stored quote containing one could never be typed
 * or found, and a stray override shows a block's letters in reverse ("Trojan Source"). The
 * implicit marks (LRM, RLM, ALM) and the joiners stay: Persian and Arabic text needs them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
/** Controls that mean a line or page break: they become a line break, not nothing. */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are the point
const BREAKING_CONTROL = /[\u000B\u000C\u0085]/gu;
/** Horizontal and vertical white space, folded inside a block to one space. */
const SPACE_RUN = /[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;

/** Text with its line structure normalised, and whether control characters were removed. */
export interface CleanedText {
  text: string;
  controlsStripped: boolean;
}

/**
 * Normalises a whole input before it is split into blocks: drops byte-order marks (leading,
 * or left inside by files pasted together; as a zero-width no-break space it is obsolete),
 * turns CRLF and CR into LF, the Unicode line and paragraph separators into one and two line
 * breaks, vertical tab, form feed and NEL into a line break, and removes every other control
 * character except tab. Never throws.
 * @param raw text exactly as pasted or decoded from a file
 */
export function cleanInput(raw: string): CleanedText {
  const lines = raw
    .replace(/\uFEFF/gu, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\u2028/gu, '\n')
    .replace(/\u2029/gu, '\n\n');
  const text = lines.replace(BREAKING_CONTROL, '\n').replace(CONTROL, '');
  return { text, controlsStripped: lines.search(CONTROL) !== -1 };
}

/**
 * One block's text as the canonical text needs it: control characters and byte-order marks
 * removed, every run of white space (line breaks included) folded to one space, trimmed.
 * May return ''.
 * @param raw a block's text from any extractor
 */
export function cleanBlockText(raw: string): string {
  return raw
    .replace(CONTROL, '')
    .replace(/\uFEFF/gu, '')
    .replace(SPACE_RUN, ' ')
    .trim();
}
