import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { ArticleFailure } from '../document/document-failure';
import { documentQueryOptions } from '../document/document-query';
import { DocumentSourceContext, useDocumentSource } from '../document/use-document';
import { loadSetting } from '../storage/settings-storage';
import { App } from './App';
import { AppHeader } from './AppHeader';
import { routeHref, type AppRoute } from './app-route';
import { builtInOpenedAt, lastDocument, rememberLastDocument } from './last-document';
import { LibraryRoutes } from './library-routes-lazy';
import { librarySource, sourceWaiter } from './library-source';
import { useAppReady } from './use-app-ready';
import { useAppRoute } from './use-app-route';
import { useHydrated } from './use-hydrated';

const DocumentStoreBridge = lazy(() =>
  import('./DocumentStoreBridge').then((m) => ({ default: m.DocumentStoreBridge })),
);
const DocumentNotFound = lazy(() =>
  import('../library/DocumentNotFound').then((m) => ({ default: m.DocumentNotFound })),
);

/** An address in this app from the current page: its path prefix and `?lang` kept. */
const hrefOf = (route: AppRoute) => routeHref(route, location.pathname, location.search);

/**
 * Picks the page the address names: the library (`?library`), a document (`?doc=<id>`), or,
 * with neither, the document open last (the built-in article on a first visit, and in the
 * prerender and hydration, which are of the built-in article). An address naming a document
 * this device does not have says so, with the way to the library.
 */
export function AppRoutes() {
  const [route, go] = useAppRoute();
  // The library and all notes are pages of the library: no document open, the store needed.
  const inLibrary = route.kind === 'library' || route.kind === 'notes';
  const hydrated = useHydrated();
  const bundled = useDocumentSource();
  const [stored] = useState(sourceWaiter);
  const source = useMemo(() => librarySource(bundled, stored.promise), [bundled, stored]);
  const last = hydrated ? lastDocument() : null;
  const documentId = route.kind === 'document' ? route.id : (last?.id ?? BUILT_IN_DOCUMENT_ID);
  const doc = useQuery(documentQueryOptions(source, documentId));
  const builtIn = useQuery({
    ...documentQueryOptions(source, BUILT_IN_DOCUMENT_ID),
    enabled: inLibrary,
  }).data;
  const notFound = doc.error instanceof ArticleFailure && doc.error.code === 'not-found';
  const missing = route.kind === 'invalid-document' || (route.kind === 'document' && notFound);
  // The document open last may have gone (deleted on this device): the built-in opens instead.
  const openId = route.kind === 'home' && notFound ? BUILT_IN_DOCUMENT_ID : documentId;
  // Hydration renders the prerendered route (home) first: that is not the reader opening it.
  const opened = !hydrated || inLibrary || missing ? null : (doc.data?.meta.id ?? null);
  useEffect(() => {
    if (opened) rememberLastDocument(opened);
  }, [opened]);
  useAppReady();
  // The store's code loads only for a page that needs it: never for the built-in article.
  const bridge =
    inLibrary || openId !== BUILT_IN_DOCUMENT_ID ? (
      <Suspense fallback={null}>
        <DocumentStoreBridge
          bundled={bundled}
          onSource={stored.resolve}
          onFailure={stored.reject}
          opened={opened !== BUILT_IN_DOCUMENT_ID ? opened : null}
        />
      </Suspense>
    ) : null;

  if (!inLibrary && !missing) {
    return (
      <DocumentSourceContext value={source}>
        {bridge}
        <App documentId={openId} />
      </DocumentSourceContext>
    );
  }
  return (
    <DocumentSourceContext value={source}>
      {bridge}
      <AppHeader />
      <Suspense fallback={null}>
        {missing ? (
          <DocumentNotFound
            libraryHref={hrefOf({ kind: 'library' })}
            onOpenLibrary={() => go({ kind: 'library' })}
          />
        ) : (
          <LibraryRoutes
            doc={builtIn}
            positionOf={(id) => loadSetting(`qari.position.${id}`)}
            lastOpened={lastDocument()}
            builtInOpenedAt={builtInOpenedAt()}
            documentHref={(id) => hrefOf({ kind: 'document', id })}
            onOpen={(id) => go({ kind: 'document', id })}
            notes={route.kind === 'notes'}
            hrefOf={hrefOf}
          />
        )}
      </Suspense>
    </DocumentSourceContext>
  );
}
