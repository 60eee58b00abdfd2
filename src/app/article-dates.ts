import type { ArticleDocument } from '../article/article-document';
import type { DateDecoration } from '../article/text-decorations';
import { extractDates } from '../timeline/extract-dates';

/** Every date the extractor finds in the article, as `<time datetime>` decorations. */
export function articleDates(doc: ArticleDocument): DateDecoration[] {
  return extractDates(doc.text, { documentDate: doc.meta.published }).map((mention, i) => ({
    key: `date-${i}`,
    start: mention.start,
    end: mention.end,
    dateTime: mention.value,
  }));
}
