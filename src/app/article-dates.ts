import type { ArticleDocument } from '../document/article-document';
import { referenceDate } from '../document/document-meta';
import type { DateDecoration } from '../document/text-decorations';
import { extractDates } from '../timeline/extract-dates';

/** Every date the extractor finds in a document's text, as `<time datetime>` decorations. */
export function articleDates(doc: ArticleDocument): DateDecoration[] {
  return extractDates(doc.text, { documentDate: referenceDate(doc.meta) }).map((m, i) => ({
    key: `date-${i}`,
    start: m.start,
    end: m.end,
    dateTime: m.value,
  }));
}
