import { describe as describeRange } from '../../src/anchoring/describe';
import type {
  AnnotationRecord,
  HighlightColor,
  PassageRecord,
} from '../../src/storage/annotation-record';
import { openStore } from '../../src/storage/open-store';
import { seedArticle } from '../seed-article';

const doc = seedArticle();
let counter = 0;

/** A stored-shape annotation on the first occurrence of `quote` in the real article. */
export function annotationOn(
  quote: string,
  overrides: Partial<Omit<AnnotationRecord, 'target'>> & { color?: HighlightColor } = {},
): PassageRecord {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  counter += 1;
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString();
  return {
    id: crypto.randomUUID(),
    documentId: doc.meta.id,
    target: describeRange({ start, end: start + quote.length }, doc.text),
    color: 'yellow',
    note: '',
    tags: [],
    created: time,
    modified: time,
    deleted: null,
    ...overrides,
  };
}

/** Writes records into the named database, as an earlier visit (or another tab) would have. */
export async function storeRecords(database: string, records: AnnotationRecord[]): Promise<void> {
  const { store } = await openStore({ name: database });
  for (const record of records) await store.saveAnnotation(record);
  store.close();
}
