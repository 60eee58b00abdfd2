import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { DocumentSource } from '../document/document-source';
import { AppRoutes } from './AppRoutes';
import { AppProviders } from './AppProviders';

/**
 * The whole app as both the build-time prerender and the browser render it: one tree, so the
 * HTML the server sends is exactly what hydration expects.
 */
export function AppRoot(props: {
  queryClient: QueryClient;
  i18n: i18n;
  documentSource: DocumentSource;
}) {
  return (
    <AppProviders {...props}>
      <AppRoutes />
    </AppProviders>
  );
}
