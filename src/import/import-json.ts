import type { ArticleDocument } from '../document/article-document';
import { hypothesisItem, hypothesisLeftOut, looksLikeHypothesis } from './import-hypothesis';
import { createLocator } from './import-anchor';
import type { ImportItem } from './import-item';
import { toCandidate } from './import-item';
import type { ImportStep } from './import-steps';
import type {
  ImportErrorCode,
  ImportFormat,
  ImportOptions,
  ImportRejection,
  ImportResult,
  RejectCode,
} from './import-types';
import { isW3CAnnotation, w3cItem } from './import-w3c';
import { EXPORT_FORMAT, QARI_DOCUMENT, QARI_FORMAT } from '../export/jsonld-vocabulary';
import type { AnnotationRecord } from '../export/record-contract';

type Items =
  | {
      format: ImportFormat;
      items: unknown[];
      /** Our own export of another document: why all its items are left out. */
      otherDocument?: 'other-document' | 'not-in-library' | null;
    }
  | { error: ImportErrorCode };

function hasType(value: object, type: string): boolean {
  const t = (value as { type?: unknown }).type;
  return t === type || (Array.isArray(t) && t.includes(type));
}

/**
 * The annotations a parsed JSON value holds: our export, a W3C AnnotationCollection with an
 * embedded first page, an AnnotationPage, one Annotation, an array of annotations, a Hypothesis
 * export (`{ annotations: [...] }` or an array of its annotations) or a page of Hypothesis's
 * search API (`{ total, rows: [...] }`). Our own export also names
 * its document (`qari:document`): a file of another document is flagged as such.
 */
function itemsOf(json: unknown, docId: string, options: ImportOptions): Items {
  if (Array.isArray(json)) {
    const format = json.length > 0 && json.every(looksLikeHypothesis) ? 'hypothesis' : 'w3c';
    return { format, items: json };
  }
  if (typeof json !== 'object' || json === null) return { error: 'wrong-shape' };
  if (hasType(json, 'AnnotationCollection')) {
    const first = (json as { first?: unknown }).first;
    const total = (json as { total?: unknown }).total;
    const ours = (json as Record<string, unknown>)[QARI_FORMAT] === EXPORT_FORMAT;
    const format = ours ? 'qari' : 'w3c';
    const documentId = (json as Record<string, unknown>)[QARI_DOCUMENT];
    const otherDocument =
      ours && typeof documentId === 'string' && documentId !== docId
        ? options.library && !options.library.some((entry) => entry.id === documentId)
          ? 'not-in-library'
          : 'other-document'
        : null;
    // An empty collection may leave out its first page.
    if (first === undefined && total === 0) return { format, items: [], otherDocument };
    // A page given only by address would have to be fetched: this app never fetches.
    if (typeof first !== 'object' || first === null) return { error: 'wrong-shape' };
    const items = (first as { items?: unknown }).items;
    return Array.isArray(items) ? { format, items, otherDocument } : { error: 'wrong-shape' };
  }
  if (hasType(json, 'AnnotationPage')) {
    const items = (json as { items?: unknown }).items;
    return Array.isArray(items) ? { format: 'w3c', items } : { error: 'wrong-shape' };
  }
  if (isW3CAnnotation(json)) return { format: 'w3c', items: [json] };
  const annotations = (json as { annotations?: unknown }).annotations;
  if (Array.isArray(annotations)) return { format: 'hypothesis', items: annotations };
  const { rows, total } = json as { rows?: unknown; total?: unknown };
  if (Array.isArray(rows) && typeof total === 'number')
    return { format: 'hypothesis', items: rows };
  return { error: 'wrong-shape' };
}

function itemOf(value: unknown): ImportItem | null {
  if (isW3CAnnotation(value)) return w3cItem(value);
  if (looksLikeHypothesis(value)) return hypothesisItem(value);
  return null;
}

/**
 * Candidates from a JSON text (already known to be within the size limit), as steps: one
 * `reading` step before the text is parsed, then one `checking` step after each item, so a
 * caller can show progress and let the page breathe. Never throws.
 *
 * A note on a whole page (no selector) has no quote to be found by: it is this document's when
 * its source names it, or names the page whose highlights in the same file were found in this
 * document's text (a Hypothesis export of an article saved from that address). Such notes are
 * checked after the other items, so every source is known; results keep the file's order.
 */
export function* importJsonSteps(
  text: string,
  doc: ArticleDocument,
  options: ImportOptions,
): Generator<ImportStep, ImportResult> {
  yield { phase: 'reading', done: 0, total: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const found = itemsOf(json, doc.meta.id, options);
  if ('error' in found) return { ok: false, error: found.error };
  if (found.items.length === 0) return { ok: false, error: 'empty' };
  const context = { doc, options, seen: new Set<string>(), locate: createLocator(doc.text) };
  const total = found.items.length;
  const outcomes: (AnnotationRecord | RejectCode)[] = [];
  const wholePage: { index: number; item: ImportItem }[] = [];
  // Sources whose highlights were found here although they do not name this document.
  const foundAt = new Set<string>();
  for (let index = 0; index < total; index++) {
    const value = found.items[index];
    const item = itemOf(value);
    // Our file names its document: one of another document is that, whatever its items say.
    const early = !item
      ? 'invalid-annotation'
      : found.otherDocument
        ? found.otherDocument
        : found.format === 'hypothesis'
          ? hypothesisLeftOut(value)
          : null;
    if (early !== null || !item) {
      outcomes[index] = early ?? 'invalid-annotation';
    } else if (item.wholeDocument === true && item.quote === null) {
      wholePage.push({ index, item });
    } else {
      const outcome = toCandidate(item, context);
      outcomes[index] = outcome;
      if (typeof outcome !== 'string' && item.source !== null) foundAt.add(item.source);
    }
    yield { phase: 'checking', done: index + 1, total };
  }
  const aliases = [...(options.sourceAliases ?? []), ...foundAt];
  const pageContext = { ...context, options: { ...options, sourceAliases: aliases } };
  for (const { index, item } of wholePage) outcomes[index] = toCandidate(item, pageContext);
  const candidates: AnnotationRecord[] = [];
  const rejected: ImportRejection[] = [];
  outcomes.forEach((outcome, index) => {
    if (typeof outcome === 'string') rejected.push({ index, reason: outcome });
    else candidates.push(outcome);
  });
  return { ok: true, format: found.format, candidates, rejected, notices: [] };
}
