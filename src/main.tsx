import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/app.css';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { bundledArticleSource } from './article/article-source';
import { createI18n } from './i18n/init-i18n';
import { applyDocumentLanguage, initialUiLanguage } from './i18n/use-ui-language';

const language = initialUiLanguage();
applyDocumentLanguage(language);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders
      queryClient={createQueryClient()}
      i18n={createI18n(language)}
      articleSource={bundledArticleSource}
    >
      <App />
    </AppProviders>
  </StrictMode>,
);
