import { extractDates } from '../../timeline/extract-dates';

/** A publication date is looked for near the top: the dateline, the first paragraphs. */
const SEARCHED_LENGTH = 5_000;

/**
 * The first full date (day, month and a written year) in the first 5,000 characters of an
 * Arabic text that is not after `today`: a guess at the publication date when no metadata
 * gives one. Null when there is none. Lone weekdays, months and years are not guesses.
 * @param text the article's text, blocks joined by line breaks
 * @param today ISO `YYYY-MM-DD`; resolves nothing (only written years count) but bounds the guess
 * @throws RangeError if `today` is not an ISO calendar date (a caller bug)
 */
export function guessPublishedDate(text: string, today: string): string | null {
  const mention = extractDates(text.slice(0, SEARCHED_LENGTH), { documentDate: today }).find(
    (m) => m.precision === 'day' && !m.yearInferred && m.value <= today,
  );
  return mention?.value ?? null;
}
