import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/app.css';
import { openStoreEarly } from './annotations/early-store';
import { AppRoot } from './app/AppRoot';
import { documentToOpen } from './app/last-document';
import { loadFirstScreen } from './app/load-first-screen';
import { matchesPrerender } from './app/prerendered';
import { createQueryClient } from './app/query-client';
import { bundledDocumentSource } from './document/article-source';
import { BUILT_IN_DOCUMENT_ID } from './document/built-in-document';
import { createI18nWith } from './i18n/create-i18n';
import { applyDocumentLanguage, initialUiLanguage } from './i18n/document-language';
import { giveLaterTranslationsTo } from './i18n/later-translations';
import { loadTranslations } from './i18n/load-translations';
import { storedReadingSettings } from './settings/page-settings';

// The store opens while the page hydrates; the opened document's annotations have been read
// since the page's first script (`before-paint.ts`).
openStoreEarly(documentToOpen(location.search));
const language = initialUiLanguage();
applyDocumentLanguage(language);
const queryClient = createQueryClient();
// The article and timeline files are preloaded by index.html; with them in the cache the first
// render is the prerendered one.
const [translations] = await Promise.all([
  loadTranslations(language),
  loadFirstScreen(queryClient, bundledDocumentSource, BUILT_IN_DOCUMENT_ID),
]);
const i18n = createI18nWith(language, { [language]: translations });
giveLaterTranslationsTo(i18n);

const container = document.getElementById('root') as HTMLElement;
const app = (
  <StrictMode>
    <AppRoot queryClient={queryClient} i18n={i18n} documentSource={bundledDocumentSource} />
  </StrictMode>
);
// The build prerenders the page (Arabic UI, harakat shown); a reader whose choices render
// differently gets a fresh render in place of it instead of a hydration mismatch. The dev server
// sends an empty root.
if (container.firstElementChild && matchesPrerender(language, storedReadingSettings())) {
  hydrateRoot(container, app);
} else {
  createRoot(container).render(app);
}
