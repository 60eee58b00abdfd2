import { Suspense } from 'react';
import { newestNotesQueryOptions } from './all-notes-query';
import type { AppRoute } from './app-route';
import type { PageReads } from './library-routes-lazy';
import { LibraryPage, type LibraryPageProps } from './LibraryPage';
import { preloadableLazy } from './preloadable-lazy';

const [AllNotesPage, loadAllNotesPage] = preloadableLazy(
  () => import('./AllNotesPage'),
  (m) => m.AllNotesPage,
);

/**
 * Gets library page `page` ready before the app switches to it: for all notes, its code (a
 * chunk of its own) and, already started, its first read (the newest annotations). The list
 * is in this chunk.
 */
export async function preloadPage(page: 'library' | 'notes', reads: PageReads): Promise<void> {
  if (page !== 'notes') return;
  const { queryClient, annotationStore } = reads;
  // Only the short read: the page asks for the whole list once its first screen is read.
  if (annotationStore) void queryClient.prefetchQuery(newestNotesQueryOptions(annotationStore));
  await loadAllNotesPage();
}

export interface LibraryRoutesProps extends LibraryPageProps {
  /** True for the all-notes view (`?notes`), false for the library's list. */
  notes: boolean;
  /** An address in this app from the current page. */
  hrefOf: (route: AppRoute) => string;
}

/**
 * The pages of the library, one lazy chunk for the first screen to load: the list, or every
 * note of the library (its own chunk within). Choosing here, not in `AppRoutes`, keeps the
 * first screen's script as it was.
 */
export function LibraryRoutes({ notes, hrefOf, ...props }: LibraryRoutesProps) {
  if (notes) {
    return (
      <Suspense fallback={null}>
        <AllNotesPage
          doc={props.doc}
          noteHref={(id, annotationId) =>
            `${hrefOf({ kind: 'document', id })}#highlight=${annotationId}`
          }
        />
      </Suspense>
    );
  }
  return <LibraryPage {...props} />;
}
