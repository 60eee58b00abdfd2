import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotationOn, storeRecords } from './annotation-fixtures';
import { freshDatabaseName, renderApp, untilSettled } from './render-app';

// The six plural forms are checked against ar.json in tests/unit/i18n/notes-count.test.ts;
// this checks the heading the reader actually sees uses them (zero, one and two are the forms
// a bare "{{count}}" template would get wrong).

const QUOTES = ['ستانيسلاف زاس', 'توفي على إثر هذه الأحداث 225 شخصاً', 'فريق الاستجابة للأزمات'];

describe('the notes heading counts highlights with the Arabic plural', () => {
  it.each([
    [0, 'لا تظليلات بعد'],
    [1, 'تظليل واحد'],
    [2, 'تظليلان'],
    [3, '3 تظليلات'],
  ] as const)('%i highlights → %s', async (count, text) => {
    const database = freshDatabaseName();
    await storeRecords(
      database,
      QUOTES.slice(0, count).map((q) => annotationOn(q)),
    );
    renderApp({ language: 'ar', database });
    await untilSettled();
    const notes = screen.getByRole('complementary', { name: 'الملاحظات' });
    const heading = within(notes).getByRole('heading', { level: 2 });
    await waitFor(() => expect(within(heading).getByText(text)).toBeInTheDocument());
    // The landmark keeps its name; the count is only in the heading.
    expect(notes).toHaveAccessibleName('الملاحظات');
  });
});
