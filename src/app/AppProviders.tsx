import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ArticleSource } from '../article/article-source';
import { SettingsProvider } from '../settings/SettingsProvider';
import { ArticleSourceContext } from './article-source-context';

interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: i18n;
  articleSource: ArticleSource;
  children: ReactNode;
}

/** Everything the app's components expect around them. */
export function AppProviders({ queryClient, i18n, articleSource, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ArticleSourceContext value={articleSource}>
          <SettingsProvider>{children}</SettingsProvider>
        </ArticleSourceContext>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
