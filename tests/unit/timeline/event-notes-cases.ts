/** An annotation on the real article, by its quote (first occurrence) and optional note. */
export interface QuotedNote {
  quote: string;
  note?: string;
}

export interface EventNotesCase {
  name: string;
  annotations: QuotedNote[];
  /** Expected entries by event id; events not listed must have no entry. */
  expected: Record<string, { count: number; excerpts: string[] }>;
}

const TOKAYEV = 'قاسم جومارت توكاييف';
const COUP_TO_JAN7 = 'محاولة انقلاب في البلاد. وبحلول 7 يناير';

/** Annotations on the real article and the events whose passages they overlap. */
export const eventNotesCases: EventNotesCase[] = [
  {
    name: 'a highlight inside one passage belongs to that event, excerpted by its quote',
    annotations: [{ quote: TOKAYEV }],
    expected: { 'tokayev-coup-attempt': { count: 1, excerpts: [TOKAYEV] } },
  },
  {
    name: 'the note, not the quote, is the excerpt when there is one',
    annotations: [{ quote: TOKAYEV, note: '  President since 2019  ' }],
    expected: { 'tokayev-coup-attempt': { count: 1, excerpts: ['President since 2019'] } },
  },
  {
    name: 'a highlight across two adjacent passages belongs to both',
    annotations: [{ quote: COUP_TO_JAN7 }],
    expected: {
      'tokayev-coup-attempt': { count: 1, excerpts: [COUP_TO_JAN7] },
      'situation-stabilised': { count: 1, excerpts: [COUP_TO_JAN7] },
    },
  },
  {
    name: 'ending exactly where a passage starts is not an overlap (half-open ranges)',
    annotations: [{ quote: 'بدوره، ' }],
    expected: {},
  },
  {
    name: 'one shared character at a passage end is enough, even across a paragraph break',
    annotations: [{ quote: 'الجيش.\nبدوره' }],
    expected: { 'protests-mangystau': { count: 1, excerpts: ['الجيش. بدوره'] } },
  },
  {
    name: 'a highlight outside every passage belongs to no event',
    annotations: [{ quote: 'ستانيسلاف زاس' }],
    expected: {},
  },
  {
    name: 'counts every annotation but keeps two excerpts, in the order given',
    annotations: [
      { quote: TOKAYEV, note: 'first' },
      { quote: 'محاولة انقلاب', note: 'second' },
      { quote: 'رئيس كازاخستان', note: 'third' },
    ],
    expected: { 'tokayev-coup-attempt': { count: 3, excerpts: ['first', 'second'] } },
  },
  {
    name: 'context items collect notes like any other event',
    annotations: [{ quote: 'استراتيجية', note: 'strategy' }],
    expected: { 'csto-development-strategy-2025': { count: 1, excerpts: ['strategy'] } },
  },
];
