import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/app.css';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { bundledArticleSource } from './article/article-source';
import { createI18nWith } from './i18n/create-i18n';
import { loadTranslations } from './i18n/load-translations';
import { applyDocumentLanguage, initialUiLanguage } from './i18n/use-ui-language';

const language = initialUiLanguage();
applyDocumentLanguage(language);
const i18n = createI18nWith(language, { [language]: await loadTranslations(language) });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders
      queryClient={createQueryClient()}
      i18n={i18n}
      articleSource={bundledArticleSource}
    >
      <App />
    </AppProviders>
  </StrictMode>,
);
