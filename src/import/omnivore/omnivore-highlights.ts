/** One highlight of an Omnivore export: its quote, the labels put on it, and the note on it. */
export interface OmnivoreHighlight {
  /** The highlighted text as Omnivore stored it (paragraphs separated by a line break). */
  quote: string;
  /** The reader's note on it; '' when none. Kept as written (Markdown stays text). */
  note: string;
  /** Omnivore labels on the highlight, without their `#`. */
  labels: string[];
}

/** What one `highlights/<slug>.md` file holds. */
export interface OmnivoreHighlightsFile {
  highlights: OmnivoreHighlight[];
  /** Notes on the whole article (Omnivore's "note" highlights): no quote. */
  articleNotes: string[];
}

// A label line: `#one #two words` (label names may hold spaces; Markdown headings have "# ").
const LABEL_LINE = /^#[^\s#]/u;

interface Paragraph {
  text: string;
  /** True when two or more blank lines follow it, or it ends a file that ends in a blank line. */
  gapAfter: boolean;
}

function paragraphs(markdown: string): Paragraph[] {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parts = text.split(/(\n[ \t]*\n(?:[ \t]*\n)*)/u);
  const found: Paragraph[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const body = parts[i] ?? '';
    const separator = parts[i + 1];
    const blankLines = separator === undefined ? 0 : separator.split('\n').length - 2;
    const atEnd = i + 2 >= parts.length || (i + 3 === parts.length && parts[i + 2]?.trim() === '');
    if (body.trim() === '') {
      // An empty item (a redaction) between two joins: a gap for the paragraph before it.
      const previous = found.at(-1);
      if (previous && separator !== undefined) previous.gapAfter = true;
      continue;
    }
    found.push({ text: body, gapAfter: blankLines >= 2 || (atEnd && separator !== undefined) });
  }
  return found;
}

/** The quote of a `> ` paragraph: Omnivore wrote a quote's blank lines as `> ` lines. */
function quoteOf(paragraph: string): string {
  const lines = paragraph.split('\n').map((line, index) => {
    if (index === 0) return line.replace(/^> ?/u, '');
    return /^>\s*$/u.test(line) ? '' : line.replace(/^> /u, '');
  });
  // Omnivore put one space after every quote.
  return lines.join('\n').replace(/ $/u, '').trim();
}

function labelsOf(line: string): string[] {
  return line
    .slice(1)
    .split(/\s+#(?=\S)/u)
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

/**
 * Reads an Omnivore export's highlights file. Omnivore wrote each highlight as `> quote ` (a
 * blank line inside the quote as a `> ` line), then, each after a blank line, its labels as
 * `#label #label` and its note; an article's note as the note and a blank line; all of them
 * joined by a blank line. The file marks no boundary between a highlight's note and an article
 * note after it, so: text after a quote is that highlight's note, except that the last
 * paragraph before two blank lines (or before the blank line that ends the file) is an article
 * note when the highlight has one paragraph after it or more; text before any quote is an
 * article note. Never throws.
 */
export function parseOmnivoreHighlights(markdown: string): OmnivoreHighlightsFile {
  const found = paragraphs(markdown);
  const highlights: OmnivoreHighlight[] = [];
  const articleNotes: string[] = [];
  let i = 0;
  while (i < found.length) {
    const first = found[i]!;
    if (first.text.startsWith('>')) {
      const tail: Paragraph[] = [];
      let gap = first.gapAfter;
      i++;
      while (!gap && i < found.length && !found[i]!.text.startsWith('>')) {
        tail.push(found[i]!);
        gap = found[i]!.gapAfter;
        i++;
      }
      const labels =
        tail[0] && !tail[0].text.includes('\n') && LABEL_LINE.test(tail[0].text)
          ? labelsOf(tail.shift()!.text)
          : [];
      const articleNote = gap && tail.length > 0 ? tail.pop()!.text.trim() : null;
      const quote = quoteOf(first.text);
      const note = tail
        .map((p) => p.text)
        .join('\n\n')
        .trim();
      if (quote !== '') highlights.push({ quote, note, labels });
      if (articleNote) articleNotes.push(articleNote);
      continue;
    }
    const note: string[] = [];
    let gap = false;
    while (!gap && i < found.length && !found[i]!.text.startsWith('>')) {
      note.push(found[i]!.text);
      gap = found[i]!.gapAfter;
      i++;
    }
    const text = note.join('\n\n').trim();
    if (text !== '') articleNotes.push(text);
  }
  return { highlights, articleNotes };
}
