import { lazy, Suspense } from 'react';
import type { AppRoute } from './app-route';
import { LibraryPage, type LibraryPageProps } from './LibraryPage';

const AllNotesPage = lazy(() =>
  import('./AllNotesPage').then((m) => ({ default: m.AllNotesPage })),
);

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
