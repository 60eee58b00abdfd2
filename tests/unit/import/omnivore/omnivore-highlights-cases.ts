import type { OmnivoreHighlightsFile } from '../../../../src/import/omnivore/omnivore-highlights';

/** Omnivore's highlightToMarkdown, as its export job ran it (packages/api/src/utils/parser.ts). */
export function omnivoreHighlight(quote: string, labels: string[] = [], note = ''): string {
  const body = quote.replace(/^(?=\n)$|^\s*?\n/gm, '> ');
  const labelLine = labels.length > 0 ? `\n\n${labels.map((l) => `#${l}`).join(' ')}` : '';
  return `> ${body} ${labelLine}${note ? `\n\n${note}` : ''}`;
}

/** An Omnivore "note" highlight: a note on the whole article. */
export function omnivoreNote(note: string): string {
  return `${note}\n\n`;
}

/** Items joined as the export job joined them. */
const file = (...items: string[]) => items.join('\n\n');

export interface HighlightsCase {
  name: string;
  markdown: string;
  expected: OmnivoreHighlightsFile;
}

const h = (quote: string, note = '', labels: string[] = []) => ({ quote, note, labels });

export const highlightsCases: HighlightsCase[] = [
  {
    name: 'one highlight, no note',
    markdown: file(omnivoreHighlight('الأمن المائي')),
    expected: { highlights: [h('الأمن المائي')], articleNotes: [] },
  },
  {
    name: 'a highlight with its note, then one without',
    markdown: file(omnivoreHighlight('first', [], 'my note'), omnivoreHighlight('second')),
    expected: { highlights: [h('first', 'my note'), h('second')], articleNotes: [] },
  },
  {
    name: 'labels (one with a space) and a note',
    markdown: file(omnivoreHighlight('quoted', ['مهم', 'long read'], 'note')),
    expected: { highlights: [h('quoted', 'note', ['مهم', 'long read'])], articleNotes: [] },
  },
  {
    name: 'a quote of two paragraphs (its blank line written as `> `)',
    markdown: file(omnivoreHighlight('para one.\n\npara two', [], 'n')),
    expected: { highlights: [h('para one.\n\npara two', 'n')], articleNotes: [] },
  },
  {
    name: 'a note of two paragraphs, then a highlight',
    markdown: file(omnivoreHighlight('q', [], 'a\n\nb'), omnivoreHighlight('r')),
    expected: { highlights: [h('q', 'a\n\nb'), h('r')], articleNotes: [] },
  },
  {
    name: 'an article note alone',
    markdown: file(omnivoreNote('on the whole article')),
    expected: { highlights: [], articleNotes: ['on the whole article'] },
  },
  {
    name: 'an article note before a highlight',
    markdown: file(omnivoreNote('first thoughts'), omnivoreHighlight('q', [], 'n')),
    expected: { highlights: [h('q', 'n')], articleNotes: ['first thoughts'] },
  },
  {
    name: 'an article note after a highlight with a note',
    markdown: file(omnivoreHighlight('q', [], 'n'), omnivoreNote('on the article')),
    expected: { highlights: [h('q', 'n')], articleNotes: ['on the article'] },
  },
  {
    name: 'an article note after a highlight without a note, then another highlight',
    markdown: file(omnivoreHighlight('q'), omnivoreNote('on the article'), omnivoreHighlight('r')),
    expected: { highlights: [h('q'), h('r')], articleNotes: ['on the article'] },
  },
  {
    name: 'a redaction (written as nothing) between two highlights',
    markdown: file(omnivoreHighlight('q'), '', omnivoreHighlight('r')),
    expected: { highlights: [h('q'), h('r')], articleNotes: [] },
  },
  {
    name: 'Windows line ends and a byte-order mark',
    markdown: `\uFEFF${file(omnivoreHighlight('q', ['x'], 'n'))}`.replace(/\n/g, '\r\n'),
    expected: { highlights: [h('q', 'n', ['x'])], articleNotes: [] },
  },
  {
    name: 'a note line that is a Markdown heading is not a label line',
    markdown: file(omnivoreHighlight('q', [], '# Heading\n\ntext')),
    expected: { highlights: [h('q', '# Heading\n\ntext')], articleNotes: [] },
  },
  { name: 'an empty file', markdown: '', expected: { highlights: [], articleNotes: [] } },
];
