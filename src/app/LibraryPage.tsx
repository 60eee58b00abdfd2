import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentNotFound } from '../library/DocumentNotFound';
import { LibraryView } from '../library/LibraryView';
import { AppHeader } from './AppHeader';
import { routeHref } from './app-route';
import { useAppReady } from './use-app-ready';
import { useAppRoute } from './use-app-route';
import { useLibraryItems } from './use-library-items';

/** The address of document `id` from the current page: its path prefix and `?lang` kept. */
const documentHref = (id: string) =>
  routeHref({ kind: 'document', id }, location.pathname, location.search);

/**
 * The library page: the header, then the documents on this device. The documents store is not
 * in this build yet, so the library lists the built-in article and cannot be changed.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const [, go] = useAppRoute();
  const library = useLibraryItems();
  useEffect(() => {
    document.title = t('library.documentTitle');
  }, [t]);
  useAppReady();
  return (
    <>
      <AppHeader />
      <LibraryView
        items={library?.items ?? []}
        trashed={library?.trashed ?? []}
        documentHref={documentHref}
        onOpen={(id) => go({ kind: 'document', id })}
        actions={null}
      />
    </>
  );
}

/** An address naming a document that is not in this library: the header, and the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const [, go] = useAppRoute();
  useEffect(() => {
    document.title = t('app.documentTitle', { headline: t('library.notFoundHeading') });
  }, [t]);
  useAppReady();
  return (
    <>
      <AppHeader />
      <DocumentNotFound
        libraryHref={routeHref({ kind: 'library' }, location.pathname, location.search)}
        onOpenLibrary={() => go({ kind: 'library' })}
      />
    </>
  );
}
