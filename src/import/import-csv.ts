import type { ArticleDocument } from '../document/article-document';
import { parseCsv, unneutralise } from './csv-parse';
import { createLocator } from './import-anchor';
import type { ImportItem } from './import-item';
import { toCandidate } from './import-item';
import type { ImportStep } from './import-steps';
import type { ImportNotice, ImportOptions, ImportRejection, ImportResult } from './import-types';
import { titlesAgree } from './title-agreement';
import type { AnnotationRecord } from '../export/record-contract';
import { isHighlightColor } from '../export/record-contract';

/** Header names we read, lower-cased: Readwise's import columns and its export's names. */
const COLUMNS = {
  highlight: ['highlight'],
  title: ['title', 'book title'],
  url: ['url'],
  note: ['note'],
  location: ['location'],
  date: ['date', 'highlighted at'],
  tags: ['tags'],
  color: ['color'],
} as const;

type Column = keyof typeof COLUMNS;

// A first note line made only of Readwise inline tags: ".tag1 .tag2".
const TAG_LINE = /^\s*\.[^\s.]\S*(\s+\.[^\s.]\S*)*\s*$/u;
// Readwise's CSV Date: "YYYY-MM-DD HH:MM:SS", taken as UTC (as our export writes it).
const READWISE_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?)$/;

function columnIndexes(header: string[]): Partial<Record<Column, number>> {
  const names = header.map((h) => h.trim().toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const index = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (index >= 0) found[column] = index;
  }
  return found;
}

/** Splits Readwise inline tags (first line of the note) from the note text. */
function splitNote(note: string): { note: string; tags: string[] } {
  const newline = note.search(/\r\n|\r|\n/);
  const first = newline < 0 ? note : note.slice(0, newline);
  if (!TAG_LINE.test(first)) return { note, tags: [] };
  const rest = newline < 0 ? '' : note.slice(newline).replace(/^(\r\n|\r|\n)/, '');
  return {
    note: rest,
    tags: first
      .trim()
      .split(/\s+/u)
      .map((t) => t.slice(1)),
  };
}

function csvDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const m = READWISE_DATE.exec(trimmed);
  return m ? `${m[1]}T${m[2]}${m[3] ? '' : ':00'}Z` : trimmed;
}

/** The titles `doc` goes by: its own, and its title in other languages. */
function titlesOf(doc: ArticleDocument): string[] {
  const translated = Object.values(doc.meta.translations).map((t) => t?.title ?? '');
  return [doc.meta.title, ...translated].filter((title) => title.trim() !== '');
}

/**
 * Whether a row's title names `doc` ({@link titlesAgree}: loosely); null when the row has none.
 * This is `routeRow`'s rule (route-row.ts) with this document as the only candidate: a title
 * that agrees makes Location a position hint; one that disagrees leaves the quote to decide,
 * and the difference is said in the preview.
 */
function titleAgrees(title: string, doc: ArticleDocument): boolean | null {
  if (title.trim() === '') return null;
  return titlesOf(doc).some((own) => titlesAgree(own, title));
}

/**
 * Candidates from a Readwise-style CSV (columns as our export writes them; Readwise's own export
 * names are understood too). Rows have no ids: each gets a UUID v5 of its content, so importing
 * the same file twice gives the same ids. A title naming this article (loosely: see
 * {@link titlesAgree}) makes Location a position hint (verified); otherwise the quote is looked
 * for in the article, and a row found under another title is kept with a `title-differs` notice
 * (one found nowhere is `other-document`). Steps as JSON's: one
 * `reading` step before the text is parsed, one `checking` step after each row. Never throws.
 */
export function* importCsvSteps(
  text: string,
  doc: ArticleDocument,
  options: ImportOptions,
): Generator<ImportStep, ImportResult> {
  yield { phase: 'reading', done: 0, total: null };
  const [header, ...rows] = parseCsv(text);
  if (!header) return { ok: false, error: 'empty' };
  const col = columnIndexes(header);
  if (col.highlight === undefined) return { ok: false, error: 'wrong-shape' };
  if (rows.length === 0) return { ok: false, error: 'empty' };
  const candidates: AnnotationRecord[] = [];
  const rejected: ImportRejection[] = [];
  const notices: ImportNotice[] = [];
  // Rows of one export mostly share a title: each distinct title is compared once.
  const agreement = new Map<string, boolean | null>();
  const context = { doc, options, seen: new Set<string>(), locate: createLocator(doc.text) };
  const total = rows.length;
  for (let index = 0; index < total; index++) {
    const row = rows[index] ?? [];
    const cell = (c: Column): string => {
      const i = col[c];
      return i === undefined ? '' : unneutralise(row[i] ?? '');
    };
    const exact = cell('highlight');
    const title = cell('title');
    let agrees = agreement.get(title);
    if (agrees === undefined) {
      agrees = titleAgrees(title, doc);
      agreement.set(title, agrees);
    }
    const color = cell('color').trim().toLowerCase();
    const location = /^\d{1,15}$/.test(cell('location').trim()) ? Number(cell('location')) : null;
    const { note, tags } = splitNote(cell('note'));
    const extraTags = cell('tags')
      .split(',')
      .filter((t) => t.trim() !== '');
    const date = csvDate(cell('date'));
    const item: ImportItem = {
      id: { kind: 'content' },
      source: cell('url').trim() || null,
      // A title that disagrees is not taken as naming another document: the quote decides.
      sameDocumentHint: agrees === true ? true : null,
      quote: exact === '' ? null : { exact, prefix: '', suffix: '' },
      // No highlight, but a note: a note on the whole document (as our CSV export writes one),
      // when the row's URL or title names this document.
      wholeDocument: exact === '' && note.trim() !== '',
      position:
        location !== null && exact !== ''
          ? { start: location, end: location + exact.length }
          : null,
      note,
      tags: [...tags, ...extraTags],
      // Readwise's colours we have are kept; another (orange) is not a reason to refuse a row.
      ...(isHighlightColor(color) ? { color } : {}),
      ...(date !== undefined ? { created: date } : {}),
    };
    const found = toCandidate(item, context);
    // Named otherwise and not found here: from another article, as the title said.
    const outcome = agrees === false && found === 'quote-not-found' ? 'other-document' : found;
    if (typeof outcome === 'string') rejected.push({ index, reason: outcome });
    else {
      candidates.push(outcome);
      if (agrees === false) notices.push({ index, kind: 'title-differs', title: title.trim() });
    }
    yield { phase: 'checking', done: index + 1, total };
  }
  return { ok: true, format: 'csv', candidates, rejected, notices };
}
