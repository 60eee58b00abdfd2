import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/AppProviders';
import { createQueryClient } from '../../src/app/query-client';
import type { ArticleSource } from '../../src/article/article-source';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { applyDocumentLanguage } from '../../src/i18n/use-ui-language';
import { seedMeta, seedText } from '../seed-article';

/** The real seed article, read from disk instead of fetched. */
export const seedSource: ArticleSource = {
  key: 'seed-from-disk',
  loadText: () => Promise.resolve(seedText),
  loadMeta: () => Promise.resolve(seedMeta),
};

/** Renders the whole app with fresh caches, as a first visit in `language` would. */
export function renderApp({
  language = 'ar',
  source = seedSource,
}: { language?: UiLanguage; source?: ArticleSource } = {}) {
  applyDocumentLanguage(language);
  const queryClient = createQueryClient();
  return {
    queryClient,
    ...render(
      <AppProviders queryClient={queryClient} i18n={createI18n(language)} articleSource={source}>
        <App />
      </AppProviders>,
    ),
  };
}
