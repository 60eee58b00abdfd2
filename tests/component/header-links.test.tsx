import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource } from '../../src/document/article-source';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import type { UiLanguage } from '../../src/i18n/languages';
import { createI18n } from '../../src/i18n/init-i18n';
import { seedSource, storeOn, freshDatabaseName } from './render-app';

const SLOW = { timeout: 5000 };

/** The whole app at `search` in `language`, on a fresh fake-indexeddb database. */
function renderAt(search: string, language: UiLanguage) {
  applyDocumentLanguage(language);
  history.replaceState(null, '', `/${search}`);
  render(
    <AppProviders
      queryClient={createQueryClient()}
      i18n={createI18n(language)}
      documentSource={seedDocumentSource(seedSource)}
      openStore={storeOn(freshDatabaseName())}
    >
      <AppRoutes />
    </AppProviders>,
  );
}

/**
 * The page's banner. Testing Library also counts the article's own `<header>` as a banner (a
 * browser does not, inside an `<article>`); the page's comes first.
 */
const banner = () => screen.getAllByRole('banner')[0]!;

describe('the header of every page', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it.each([
    ['en', 'Library', 'All notes'],
    ['ar', 'المكتبة', 'كل الملاحظات'],
  ] as const)('links to the library and to all notes (%s)', async (language, library, notes) => {
    renderAt('', language);
    await screen.findByRole('article', {}, SLOW);
    expect(within(banner()).getByRole('link', { name: library })).toHaveAttribute(
      'href',
      '?library',
    );
    expect(within(banner()).getByRole('link', { name: notes })).toHaveAttribute('href', '?notes');
  });

  it('opens all notes from a document without a reload, and marks the link as the page', async () => {
    const user = userEvent.setup();
    renderAt('', 'en');
    await screen.findByRole('article', {}, SLOW);
    const link = within(banner()).getByRole('link', { name: 'All notes' });
    expect(link).not.toHaveAttribute('aria-current');

    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'All notes' }, SLOW),
    ).toBeInTheDocument();
    expect(location.search).toBe('?notes');
    expect(within(banner()).getByRole('link', { name: 'All notes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(banner()).getByRole('link', { name: 'Library' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});
