import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource } from '../../src/document/article-source';
import { buildDocument } from '../../src/document/build-document';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { documentStoreMakers } from '../../src/storage/document-store-makers';
import { openStore } from '../../src/storage/open-store';
import { timelineStoreMakers } from '../../src/storage/timeline-store-makers';
import { freshDatabaseName, seedSource, storeOn } from './render-app';

const SLOW = { timeout: 5000 };
const DOC_ID = 'floods-2024';

/** An added English article with three dated sentences, stored in `database`. */
async function seedArticle(database: string) {
  const doc = buildDocument(
    {
      id: DOC_ID,
      title: 'Floods in the valley',
      source: 'https://news.example/floods',
      siteName: 'News Example',
      author: null,
      published: { value: '2024-03-10', guessed: false },
      added: '2024-03-11T08:00:00.000Z',
      modified: '2024-03-11T08:00:00.000Z',
      shortName: 'floods',
      builtIn: false,
      language: 'en',
      direction: 'ltr',
      translations: {},
    },
    [
      { kind: 'heading', text: 'Floods in the valley' },
      { kind: 'paragraph', text: 'The river burst its banks on 2 March 2024, flooding the town.' },
      { kind: 'paragraph', text: 'Schools reopened on 9 March 2024 after the water fell.' },
      { kind: 'paragraph', text: 'The dam was built in 1998.' },
    ],
  );
  const opened = await openStore({ name: database });
  await opened.openDocuments?.(documentStoreMakers).addDocument(doc);
  opened.store.close();
  return doc;
}

function renderDocument(database: string, language: UiLanguage = 'en') {
  applyDocumentLanguage(language);
  history.replaceState(null, '', `/?doc=${DOC_ID}`);
  return render(
    <AppProviders
      queryClient={createQueryClient()}
      i18n={createI18n(language)}
      documentSource={seedDocumentSource(seedSource)}
      openStore={storeOn(database)}
    >
      <AppRoutes />
    </AppProviders>,
  );
}

const timeline = () => screen.getByRole('complementary', { name: 'Timeline' });
const proposed = async () =>
  within(await screen.findByRole('complementary', { name: 'Timeline' }, SLOW)).findByRole(
    'group',
    { name: 'Proposed' },
    SLOW,
  );
/** Asserts the proposals listed, by title (each Accept button is described by its title). */
function expectProposals(group: HTMLElement, titles: string[]) {
  const accepts = within(group).getAllByRole('button', { name: 'Accept' });
  expect(accepts).toHaveLength(titles.length);
  accepts.forEach((accept, i) => expect(accept).toHaveAccessibleDescription(titles[i]));
}

describe('the timeline of an added article', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => history.replaceState(null, '', '/'));

  it('proposes its dated sentences in date order, each with Accept, Dismiss and Edit', async () => {
    const database = freshDatabaseName();
    await seedArticle(database);
    renderDocument(database);
    const group = await proposed();
    expectProposals(group, [
      'The dam was built',
      'The river burst its banks, flooding the town',
      'Schools reopened after the water fell',
    ]);
    expect(within(group).getByText('7 days later')).toBeInTheDocument();
    for (const name of ['Accept', 'Dismiss', 'Edit']) {
      expect(within(group).getAllByRole('button', { name })).toHaveLength(3);
    }
    expect(within(group).getAllByRole('button', { name: 'Accept' })[1]).toHaveAccessibleDescription(
      'The river burst its banks, flooding the town',
    );
  });

  it('keeps an accepted, an edited and a dismissed proposal as left after a reload', async () => {
    const user = userEvent.setup();
    const database = freshDatabaseName();
    await seedArticle(database);
    const view = renderDocument(database);
    let group = await proposed();
    await user.click(within(group).getAllByRole('button', { name: 'Accept' })[1] as HTMLElement);
    const events = await within(timeline()).findByRole('list', { name: 'Events' }, SLOW);
    expect(
      within(events).getByRole('button', { name: /2 March 2024.*The river burst/ }),
    ).toBeVisible();

    group = await proposed();
    await waitFor(() =>
      expect(within(group).getAllByRole('button', { name: 'Accept' })).toHaveLength(2),
    );
    await user.click(within(group).getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    await waitFor(() => expectProposals(group, ['Schools reopened after the water fell']));

    await user.click(within(group).getByRole('button', { name: 'Edit' }));
    const title = within(group).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Schools reopen');
    const date = within(group).getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '2024-13');
    await user.click(within(group).getByRole('button', { name: 'Accept' }));
    expect(within(group).getByRole('alert')).toHaveTextContent('That date cannot be read');
    await user.clear(date);
    await user.type(date, '2024-03-08');
    await user.click(within(group).getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(within(events).getAllByRole('button', { name: /^\d+ March 2024, / })).toHaveLength(2),
    );
    expect(within(timeline()).queryByRole('group', { name: 'Proposed' })).toBeNull();
    view.unmount();

    renderDocument(database);
    const again = await within(
      await screen.findByRole('complementary', { name: 'Timeline' }, SLOW),
    ).findByRole('list', { name: 'Events' }, SLOW);
    expect(
      within(again)
        .getAllByRole('button', { name: /March 2024/ })
        .map((b) => b.textContent),
    ).toEqual([
      '2 March 2024, The river burst its banks, flooding the town',
      '8 March 2024, Schools reopen',
    ]);
    expect(within(timeline()).queryByRole('group', { name: 'Proposed' })).toBeNull();
  });

  it('edits an accepted event’s title with Edit event, and shows an event whose passage is gone as Unanchored', async () => {
    const user = userEvent.setup();
    const database = freshDatabaseName();
    await seedArticle(database);
    const opened = await openStore({ name: database });
    await opened.openTimeline?.(timelineStoreMakers).addEvent({
      id: crypto.randomUUID(),
      documentId: DOC_ID,
      title: 'A sentence since removed',
      date: { value: '2024-03-01', precision: 'day', calendar: 'gregorian', original: '1 March' },
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'A sentence the text no longer has at all.',
          prefix: '',
          suffix: '',
        },
      },
      status: 'added',
      proposalId: null,
      created: '2024-03-11T09:00:00.000Z',
      modified: '2024-03-11T09:00:00.000Z',
    });
    opened.store.close();
    renderDocument(database);
    const events = await within(
      await screen.findByRole('complementary', { name: 'Timeline' }, SLOW),
    ).findByRole('list', { name: 'Events' }, SLOW);
    const event = within(events).getByRole('button', { name: /A sentence since removed/ });
    expect(event).toHaveAccessibleDescription(/Unanchored/);
    expect(event).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(events).getByRole('button', { name: 'Edit event' }));
    const title = within(events).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Removed sentence{Enter}');
    expect(await within(events).findByRole('button', { name: /Removed sentence/ })).toBeVisible();
  });

  it('speaks Arabic in the Arabic UI', async () => {
    const database = freshDatabaseName();
    await seedArticle(database);
    renderDocument(database, 'ar');
    const aside = await screen.findByRole('complementary', { name: 'الخط الزمني' }, SLOW);
    const group = await within(aside).findByRole('group', { name: 'مقترحة' }, SLOW);
    expect(within(group).getAllByRole('button', { name: 'اقبل' })).toHaveLength(3);
    expect(within(group).getAllByRole('button', { name: 'تجاهل' })).toHaveLength(3);
  });
});
