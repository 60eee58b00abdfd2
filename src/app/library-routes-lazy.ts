import type { QueryClient } from '@tanstack/react-query';
import type { AnnotationStore } from '../storage/annotation-store';
import { preloadableLazy } from './preloadable-lazy';

// The library's pages load when the reader goes there, never with the first screen. What
// they need of the first screen's modules comes as props, so its code is not split to share.
export const [LibraryRoutes, loadLibraryRoutes] = preloadableLazy(
  () => import('./LibraryRoutes'),
  (m) => m.LibraryRoutes,
);

/** What a library page's reads need, from the page the reader leaves. */
export interface PageReads {
  queryClient: QueryClient;
  annotationStore: AnnotationStore | null;
}

/**
 * Loads the code of the library's page `page` and starts its reads, so that a switch to it
 * draws it at once (see `preloadable-lazy.ts`). Resolves when the code is in, never rejects:
 * a switch after a failed load loads it again as it renders.
 */
export function preloadLibraryPage(page: 'library' | 'notes', reads: PageReads): Promise<void> {
  return loadLibraryRoutes()
    .then((m) => m.preloadPage(page, reads))
    .catch(() => undefined);
}
