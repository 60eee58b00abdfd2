import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedMentions } from '../unit/timeline/extract-dates-cases';
import { renderApp } from './render-app';

// Issue 4: "each date the extractor finds is marked subtly (a `<time datetime>` element)".
// The extractor itself is tested on the same six mentions in tests/unit/timeline; this checks
// they reach the rendered article, in reading order, over the right words, with the right
// `datetime`, in either UI language.

/**
 * The article's dates as the reader's DOM has them, in document order: one entry per date, its
 * pieces joined (a timeline passage that begins or ends inside a date splits it into several
 * `<time>`s with the same `datetime`; the six dates' values all differ). The publication line's
 * `<time>` is the header's, not the text's: left out.
 */
function renderedDates(article: HTMLElement) {
  const dates: { dateTime: string; text: string }[] = [];
  for (const time of within(article).getAllByRole('time')) {
    const text = time.textContent ?? '';
    if (/^(نُشر في|Published)/.test(text)) continue;
    const dateTime = time.getAttribute('datetime') ?? '';
    const last = dates.at(-1);
    if (last?.dateTime === dateTime) last.text += text;
    else dates.push({ dateTime, text });
  }
  return dates;
}

describe('dates in the article', () => {
  it.each(['ar', 'en'] as const)(
    'marks each of the six dates as <time datetime> (%s UI)',
    async (language) => {
      renderApp({ language });
      const article = await screen.findByRole('article');
      await waitFor(() => expect(renderedDates(article)).toHaveLength(seedMentions.length));
      expect(renderedDates(article)).toEqual(
        seedMentions.map((m) => ({ dateTime: m.value, text: m.span })),
      );
    },
  );

  it('gives every <time> a valid datetime value (year, year-month or full date)', async () => {
    renderApp();
    const article = await screen.findByRole('article');
    await waitFor(() => expect(renderedDates(article)).toHaveLength(seedMentions.length));
    for (const time of within(article).getAllByRole('time')) {
      expect(time.getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});
