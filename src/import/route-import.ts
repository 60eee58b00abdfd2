import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../export/record-contract';
import { importFileSteps } from './import-file';
import type { ImportStep } from './import-steps';
import type { ImportErrorCode, ImportFile, ImportFormat, RejectCode } from './import-types';

/** Why an item of a notes file goes to no document of the library. */
export type RouteLeftOut =
  | RejectCode // what every document said of it (a reply, a page note, a bad colour…)
  | 'no-document' // its quote is in no document of the library
  | 'ambiguous'; // its quote is in several, and its title singles out none

/** A notes file's items, each given to the one document of the library it belongs to. */
export interface RoutedImport {
  format: ImportFormat;
  /** Records by document id, for the documents that get any. */
  byDocument: Map<string, AnnotationRecord[]>;
  /** Items routed although their title names the article otherwise (0-based index, title). */
  titleDiffers: { index: number; documentId: string; title: string }[];
  leftOut: { index: number; reason: RouteLeftOut }[];
}

/** The outcome of routing a file: its items by document, or why the file was refused. */
export type RouteResult = ({ ok: true } & RoutedImport) | { ok: false; error: ImportErrorCode };

// Reasons that say the item is simply not this document's: another one may take it.
const NOT_HERE: ReadonlySet<RejectCode> = new Set(['quote-not-found', 'other-document']);

/** Per item of the file, what one document made of it. */
type Outcome =
  | { kind: 'record'; record: AnnotationRecord; titleDiffers: string | null }
  | { kind: 'rejected'; reason: RejectCode };

/**
 * Routes a notes file (a Readwise CSV, a Hypothesis export or `{ total, rows }`, W3C or our own
 * JSON) among the library's documents: each document reads the file as the one-document import
 * does (quotes found in its text, titles compared loosely, sources and positions checked), then
 * each item goes to the one document that took it, preferring one whose title agrees when
 * several did. An item no document took is left out saying why: what all documents said of it
 * when it is not about place (a reply, a page note, an invalid colour), else `no-document`;
 * taken by several with nothing to choose between them, `ambiguous`. Writes nothing; yields
 * the documents' progress (`checking`, one unit a document). Never throws.
 */
export function* routeImportSteps(
  file: ImportFile,
  docs: readonly ArticleDocument[],
  now: Date,
): Generator<ImportStep, RouteResult> {
  const outcomes: Outcome[][] = [];
  let format: ImportFormat = 'csv';
  for (const [d, doc] of docs.entries()) {
    const steps = importFileSteps(file, doc, { now, sourceAliases: [doc.meta.source] });
    let next = steps.next();
    while (!next.done) {
      yield { phase: 'checking', done: d, total: docs.length };
      next = steps.next();
    }
    const result = next.value;
    if (!result.ok) return result;
    format = result.format;
    // Every item is either a candidate or a rejection, in file order.
    const total = result.candidates.length + result.rejected.length;
    const rejected = new Map(result.rejected.map((r) => [r.index, r.reason]));
    const differs = new Map(result.notices.map((n) => [n.index, n.title]));
    let candidate = 0;
    for (let index = 0; index < total; index++) {
      const reason = rejected.get(index);
      const outcome: Outcome =
        reason !== undefined
          ? { kind: 'rejected', reason }
          : {
              kind: 'record',
              record: result.candidates[candidate++]!,
              titleDiffers: differs.get(index) ?? null,
            };
      (outcomes[index] ??= []).push(outcome);
    }
  }
  const routed: RoutedImport = { format, byDocument: new Map(), titleDiffers: [], leftOut: [] };
  for (const [index, perDoc] of outcomes.entries()) {
    const taken = perDoc.flatMap((o, d) => (o.kind === 'record' ? [{ ...o, doc: docs[d]! }] : []));
    const agreeing = taken.filter((o) => o.titleDiffers === null);
    const chosen = taken.length === 1 ? taken[0] : agreeing.length === 1 ? agreeing[0] : undefined;
    if (chosen) {
      const id = chosen.doc.meta.id;
      const list = routed.byDocument.get(id) ?? [];
      list.push(chosen.record);
      routed.byDocument.set(id, list);
      if (chosen.titleDiffers !== null) {
        routed.titleDiffers.push({ index, documentId: id, title: chosen.titleDiffers });
      }
      continue;
    }
    if (taken.length > 1) {
      routed.leftOut.push({ index, reason: 'ambiguous' });
      continue;
    }
    const reasons = perDoc.flatMap((o) => (o.kind === 'rejected' ? [o.reason] : []));
    const own = reasons.find((r) => !NOT_HERE.has(r));
    routed.leftOut.push({ index, reason: own ?? 'no-document' });
  }
  yield { phase: 'checking', done: docs.length, total: docs.length };
  return { ok: true, ...routed };
}
