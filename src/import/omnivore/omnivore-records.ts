import type { ArticleDocument } from '../../document/article-document';
import type { AnnotationRecord } from '../../export/record-contract';
import { cleanTags, MAX_NOTE_LENGTH } from '../../export/record-contract';
import { createLocator } from '../import-anchor';
import { uuidV5 } from '../uuid-v5';
import type { OmnivoreArticle } from './omnivore-types';

/** Why a highlight or note of an Omnivore article does not become a record. */
export type OmnivoreHighlightLeftOut =
  | 'note-too-long' // a highlight's note over MAX_NOTE_LENGTH UTF-16 code units
  | 'article-note-too-long' // the same, of a note on the whole article
  | 'duplicate-highlight'; // the same quote and note earlier in the article (the first is kept)

/** An Omnivore article's highlights as records of its document. */
export interface OmnivoreRecords {
  /**
   * Every highlight kept: found in the text, or (see `unanchored`) kept by its quote alone;
   * and each note on the whole article, as a document-level note (no target).
   */
  records: AnnotationRecord[];
  /** Ids of the records whose quote is nowhere in the text: kept, shown under Unanchored. */
  unanchored: string[];
  leftOut: { reason: OmnivoreHighlightLeftOut; quote: string | null }[];
}

/**
 * Turns an Omnivore article's highlights into annotation records of `doc` (the document made
 * from its content, or the copy of it already in the library), writing nothing. Each quote is looked for in `doc.text` with the anchoring
 * engine (exactly, then approximately); one found nowhere is kept all the same with its quote
 * and no position, so the reader finds it under Unanchored, never dropped. Ids are UUID v5 of
 * the document, the article's Omnivore id and the highlight's quote and note, so importing the
 * export again matches the same records. The export gives highlights no time or colour: they
 * take the article's last change in Omnivore (else its saving, else `now`) and yellow; their
 * labels become tags. A note on the whole article becomes a note on the whole document (no
 * target), listed at the top of its notes. Never throws.
 */
export function omnivoreRecords(
  article: OmnivoreArticle,
  doc: Pick<ArticleDocument, 'text'> & { meta: Pick<ArticleDocument['meta'], 'id'> },
  now: Date,
): OmnivoreRecords {
  const locate = createLocator(doc.text);
  const time = article.updated ?? article.saved ?? now.toISOString();
  const records: AnnotationRecord[] = [];
  const unanchored: string[] = [];
  const leftOut: OmnivoreRecords['leftOut'] = [];
  const seen = new Set<string>();
  const articleKey = article.omnivoreId ?? article.slug;
  // Every record of the article: yellow, dated by the article (the export has neither).
  const record = (
    id: string,
    target: AnnotationRecord['target'],
    note: string,
    tags: string[],
  ): AnnotationRecord => ({
    id,
    documentId: doc.meta.id,
    target,
    color: 'yellow',
    note,
    tags,
    created: time,
    modified: time,
    deleted: null,
  });
  for (const note of article.articleNotes) {
    if (note.length > MAX_NOTE_LENGTH) {
      leftOut.push({ reason: 'article-note-too-long', quote: null });
      continue;
    }
    const id = uuidV5(`${doc.meta.id}\nomnivore-article-note\n${articleKey}\n${note}`);
    if (seen.has(id)) continue;
    seen.add(id);
    records.push(record(id, null, note, []));
  }
  for (const { quote, note, labels } of article.highlights) {
    if (note.length > MAX_NOTE_LENGTH) {
      leftOut.push({ reason: 'note-too-long', quote });
      continue;
    }
    const id = uuidV5(`${doc.meta.id}\nomnivore\n${articleKey}\n${quote}\n${note}`);
    if (seen.has(id)) {
      leftOut.push({ reason: 'duplicate-highlight', quote });
      continue;
    }
    seen.add(id);
    const given = {
      quote: { type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' },
    };
    const target = locate(given);
    if (target === null) unanchored.push(id);
    records.push(record(id, target ?? given, note, cleanTags(labels)));
  }
  return { records, unanchored, leftOut };
}

/**
 * Whether `a` and `b` are the same highlight, so an import does not add `b` beside `a`: the
 * same record (same id), or the same quote at the same place; a quote kept without a place
 * (Unanchored) is the same as that quote anywhere. Notes, tags and colour do not count, but
 * for notes on the whole article, which are the same when their words are.
 */
export function sameHighlight(a: AnnotationRecord, b: AnnotationRecord): boolean {
  if (a.id === b.id) return true;
  if (a.target === null || b.target === null) {
    return a.target === b.target && a.note.trim() === b.note.trim();
  }
  if (a.target.quote.exact !== b.target.quote.exact) return false;
  const [p, q] = [a.target.position, b.target.position];
  return !p || !q || (p.start === q.start && p.end === q.end);
}
