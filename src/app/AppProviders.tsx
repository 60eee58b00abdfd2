import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ActiveAnnotationProvider } from '../annotations/ActiveAnnotationProvider';
import { AnnotationStoreProvider, type StoreOpener } from '../annotations/AnnotationStoreProvider';
import type { DocumentSource } from '../document/document-source';
import { DocumentSourceContext } from '../document/use-document';
import { SettingsProvider } from '../settings/SettingsProvider';
import { NoticeProvider } from '../ui/NoticeProvider';

interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: i18n;
  /** Where documents come from, bundled or stored. */
  documentSource: DocumentSource;
  /** How to open the annotation store; IndexedDB (or memory when it is unavailable) by default. */
  openStore?: StoreOpener;
  children: ReactNode;
}

/** Everything the app's components expect around them. */
export function AppProviders({
  queryClient,
  i18n,
  documentSource,
  openStore,
  children,
}: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <DocumentSourceContext value={documentSource}>
          <SettingsProvider>
            <NoticeProvider>
              <AnnotationStoreProvider open={openStore}>
                <ActiveAnnotationProvider>{children}</ActiveAnnotationProvider>
              </AnnotationStoreProvider>
            </NoticeProvider>
          </SettingsProvider>
        </DocumentSourceContext>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
