import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { StoreOpener } from '../../src/annotations/AnnotationStoreProvider';
import { openStore } from '../../src/storage/open-store';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/AppProviders';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource, type ArticleSource } from '../../src/document/article-source';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { seedMeta, seedText, seedTimeline } from '../seed-article';

/** The real seed article, read from disk instead of fetched. */
export const seedSource: ArticleSource = {
  key: 'seed-from-disk',
  loadText: () => Promise.resolve(seedText),
  loadMeta: () => Promise.resolve(seedMeta),
  loadTimeline: () => Promise.resolve(seedTimeline),
};

let databases = 0;

/** A fresh, empty IndexedDB database (fake-indexeddb) for one test. */
export function freshDatabaseName(): string {
  databases += 1;
  return `qari-test-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** Opens the store on the named fake-indexeddb database. */
export function storeOn(name: string): StoreOpener {
  return ({ onBlocked }) => openStore({ name, onBlocked });
}

/** Renders the whole app with fresh caches, as a first visit in `language` would. */
export function renderApp({
  language = 'ar',
  source = seedSource,
  database = freshDatabaseName(),
  open = storeOn(database),
}: { language?: UiLanguage; source?: ArticleSource; database?: string; open?: StoreOpener } = {}) {
  applyDocumentLanguage(language);
  const queryClient = createQueryClient();
  return {
    queryClient,
    database,
    ...render(
      <AppProviders
        queryClient={queryClient}
        i18n={createI18n(language)}
        documentSource={seedDocumentSource(source)}
        openStore={open}
      >
        <App />
      </AppProviders>,
    ),
  };
}

/**
 * Waits until the article has rendered and its lazily found dates are drawn: blocks re-render
 * once when they arrive, replacing their elements, so a test that grabs a <mark> earlier may
 * hold a detached one.
 */
export async function untilSettled(): Promise<void> {
  await screen.findByRole('article');
  await waitFor(() => expect(screen.getAllByRole('time').length).toBeGreaterThan(1));
}
