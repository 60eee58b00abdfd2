import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ArticleSource } from '../document/article-source';
import { AppRoutes } from './AppRoutes';
import { AppProviders } from './AppProviders';

/**
 * The whole app as both the build-time prerender and the browser render it: one tree, so the
 * HTML the server sends is exactly what hydration expects.
 */
export function AppRoot(props: {
  queryClient: QueryClient;
  i18n: i18n;
  articleSource: ArticleSource;
}) {
  return (
    <AppProviders {...props}>
      <AppRoutes />
    </AppProviders>
  );
}
