import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { articleQueryOptions } from '../document/article-query';
import { App } from './App';
import { useArticleSource } from './article-source-context';
import { rememberLastDocument } from './last-document';
import { useAppRoute } from './use-app-route';

// The library and its views load when the reader goes there: not on the first screen.
const LibraryPage = lazy(() => import('./LibraryPage').then((m) => ({ default: m.LibraryPage })));
const NotFoundPage = lazy(() => import('./LibraryPage').then((m) => ({ default: m.NotFoundPage })));

/**
 * Picks the page the address names: the library (`?library`), a document (`?doc=<id>`), or,
 * with neither, the document open last (the built-in article on a first visit). An address
 * naming a document this device does not have says so.
 */
export function AppRoutes() {
  const [route] = useAppRoute();
  const builtIn = useQuery(articleQueryOptions(useArticleSource())).data?.meta.id;
  const missing =
    route.kind === 'invalid-document' ||
    (route.kind === 'document' && builtIn !== undefined && route.id !== builtIn);
  const openId = route.kind === 'library' || missing ? null : builtIn;
  useEffect(() => {
    if (openId) rememberLastDocument(openId);
  }, [openId]);

  if (route.kind === 'library' || missing) {
    return (
      <Suspense fallback={null}>
        {route.kind === 'library' ? <LibraryPage /> : <NotFoundPage />}
      </Suspense>
    );
  }
  return <App />;
}
