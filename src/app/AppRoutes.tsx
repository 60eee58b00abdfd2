import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { articleQueryOptions } from '../document/article-query';
import { loadSetting } from '../storage/settings-storage';
import { App } from './App';
import { AppHeader } from './AppHeader';
import { routeHref, type AppRoute } from './app-route';
import { useArticleSource } from './article-source-context';
import { lastDocument, rememberLastDocument } from './last-document';
import { useAppReady } from './use-app-ready';
import { useAppRoute } from './use-app-route';

// The library's pages load when the reader goes there, never with the first screen. What
// they need of the first screen's modules comes as props, so its code is not split to share.
const LibraryPage = lazy(() => import('./LibraryPage').then((m) => ({ default: m.LibraryPage })));
const DocumentNotFound = lazy(() =>
  import('../library/DocumentNotFound').then((m) => ({ default: m.DocumentNotFound })),
);

/** An address in this app from the current page: its path prefix and `?lang` kept. */
const hrefOf = (route: AppRoute) => routeHref(route, location.pathname, location.search);

/**
 * Picks the page the address names: the library (`?library`), a document (`?doc=<id>`), or,
 * with neither, the document open last (the built-in article on a first visit). An address
 * naming a document this device does not have says so, with the way to the library.
 */
export function AppRoutes() {
  const [route, go] = useAppRoute();
  const doc = useQuery(articleQueryOptions(useArticleSource())).data;
  const builtIn = doc?.meta.id;
  const missing =
    route.kind === 'invalid-document' ||
    (route.kind === 'document' && builtIn !== undefined && route.id !== builtIn);
  const openId = route.kind === 'library' || missing ? null : builtIn;
  useEffect(() => {
    if (openId) rememberLastDocument(openId);
  }, [openId]);
  useAppReady();

  if (route.kind !== 'library' && !missing) return <App />;
  return (
    <>
      <AppHeader />
      <Suspense fallback={null}>
        {missing ? (
          <DocumentNotFound
            libraryHref={hrefOf({ kind: 'library' })}
            onOpenLibrary={() => go({ kind: 'library' })}
          />
        ) : (
          <LibraryPage
            doc={doc}
            positionOf={(id) => loadSetting(`qari.position.${id}`)}
            lastOpened={lastDocument()}
            documentHref={(id) => hrefOf({ kind: 'document', id })}
            onOpen={(id) => go({ kind: 'document', id })}
          />
        )}
      </Suspense>
    </>
  );
}
