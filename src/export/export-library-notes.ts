import type { DocumentMeta } from '../document/article-document';
import { BOM, csvRow, READWISE_COLUMNS, readwiseDate } from './csv-format';
import { readwiseNote } from './export-csv';
import type { ExportFormat } from './export-filename';
import { annotationHtml, STYLE } from './export-html';
import { toW3CAnnotation } from './export-jsonld';
import { escapeHtml } from './escape-html';
import { escapeMarkdownLine, markdownParagraphs, quoteBlock } from './escape-markdown';
import {
  EXPORT_CONTEXT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  QARI_DOCUMENT,
  QARI_FORMAT,
  QARI_VERSION,
} from './jsonld-vocabulary';
import type { AnnotationRecord } from './record-contract';
import { obsidianTag } from './tag-format';
import { textDirection } from './text-direction';

/** The id of the all-notes collection: not one document's, so not derived from a source. */
export const LIBRARY_COLLECTION_ID = 'urn:qari:library:annotations';
/** Marks the line naming an item's document without words, so the file needs no translation. */
const DOCUMENT_MARK = '📄';

/** What the all-notes export is given: the notes in the view's order, and their documents. */
export interface LibraryNotes {
  /** Live annotations, in the order the file lists them; those of unknown documents are left out. */
  records: readonly AnnotationRecord[];
  /** Each document's metadata by id. */
  documents: ReadonlyMap<string, DocumentMeta>;
  /** The moment of export; builders never read the clock. */
  now: Date;
}

function listed({ records, documents }: LibraryNotes): [AnnotationRecord, DocumentMeta][] {
  return records.flatMap((r) => {
    const meta = documents.get(r.documentId);
    return meta && r.deleted === null ? [[r, meta] as [AnnotationRecord, DocumentMeta]] : [];
  });
}

/**
 * One W3C `AnnotationCollection` of notes from many documents: each annotation's target
 * `source` is its document's source, and `qari:document` names the document's id.
 */
export function buildLibraryJsonLd(notes: LibraryNotes): string {
  const items = listed(notes).map(([record, meta]) => ({
    ...toW3CAnnotation(record, meta.source),
    [QARI_DOCUMENT]: meta.id,
  }));
  const collection = {
    '@context': EXPORT_CONTEXT,
    id: LIBRARY_COLLECTION_ID,
    type: 'AnnotationCollection',
    label: 'Qari',
    created: notes.now.toISOString(),
    [QARI_FORMAT]: EXPORT_FORMAT,
    [QARI_VERSION]: EXPORT_VERSION,
    total: items.length,
    first: { id: `${LIBRARY_COLLECTION_ID}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** Readwise's CSV (see `export-csv.ts`), Title, Author and URL being each row's document's. */
export function buildLibraryCsv(notes: LibraryNotes): string {
  const rows = listed(notes).map(([a, meta]) =>
    csvRow([
      a.target?.quote.exact ?? '',
      meta.title,
      meta.author ?? meta.siteName ?? '',
      /^https?:\/\//i.test(meta.source) ? meta.source : '',
      readwiseNote(a),
      a.target?.position ? String(a.target.position.start) : '',
      readwiseDate(a.created),
    ]),
  );
  return BOM + csvRow(READWISE_COLUMNS) + rows.join('');
}

/**
 * Markdown: front matter, then each note (quote, note, `#tags`, and its document's title and
 * source after {@link DOCUMENT_MARK}), separated by rules. Right-to-left blocks sit in
 * `<div dir="rtl" lang="ar">`; all user text is escaped.
 */
export function buildLibraryMarkdown(notes: LibraryNotes): string {
  const out = ['---', `exported: ${notes.now.toISOString()}`, '---'].join('\n');
  const parts = listed(notes).map(([record, meta]) => {
    // A document-level note has no quote.
    const blocks = record.target
      ? [directed(quoteBlock(record.target.quote.exact), meta.direction === 'rtl')]
      : [];
    for (const para of markdownParagraphs(record.note)) blocks.push(directed(para));
    const tags = record.tags.map(obsidianTag).filter((t): t is string => t !== null);
    if (tags.length > 0) blocks.push(directed(tags.join(' ')));
    const title = `${DOCUMENT_MARK} ${escapeMarkdownLine(meta.title)} — ${escapeMarkdownLine(meta.source)}`;
    blocks.push(directed(title, meta.direction === 'rtl'));
    return ['---', ...blocks].join('\n\n');
  });
  return `${[out, ...parts].join('\n\n')}\n`;
}

function directed(text: string, rtl = textDirection(text) === 'rtl'): string {
  return rtl ? `<div dir="rtl" lang="ar">\n\n${text}\n\n</div>` : text;
}

/**
 * One standalone HTML page (see `export-html.ts`), each note followed by its document's title
 * in the document's language and direction, and its source.
 */
export function buildLibraryHtml(notes: LibraryNotes): string {
  const articles = listed(notes).map(([record, meta]) => {
    const textLangDir = `lang="${escapeHtml(meta.language)}" dir="${meta.direction}"`;
    const cite = `<p class="meta"><cite ${textLangDir}>${escapeHtml(meta.title)}</cite> <span dir="ltr">${escapeHtml(meta.source)}</span></p>`;
    return annotationHtml(record, textLangDir, { now: notes.now }).replace(
      /\n<\/article>$/,
      `\n${cite}\n</article>`,
    );
  });
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qari</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="meta"><time dir="ltr" datetime="${notes.now.toISOString()}">${notes.now.toISOString()}</time></p>
</header>
<main>
${articles.join('\n')}
</main>
</body>
</html>
`;
}

/** The builder of `format`. */
export function buildLibraryNotes(format: ExportFormat, notes: LibraryNotes): string {
  switch (format) {
    case 'jsonld':
      return buildLibraryJsonLd(notes);
    case 'markdown':
      return buildLibraryMarkdown(notes);
    case 'csv':
      return buildLibraryCsv(notes);
    case 'html':
      return buildLibraryHtml(notes);
  }
}
