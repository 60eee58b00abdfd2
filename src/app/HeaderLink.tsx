import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import { preloadLibraryPage } from './library-routes-lazy';
import { useAppRoute } from './use-app-route';

/**
 * A header link to one of the library's pages (`?library`, `?notes`): the same relative
 * address in the prerendered page and every document; a plain click opens the page without a
 * reload. `icon` stands alone at phone width, where the label is only for assistive technology.
 */
export function HeaderLink({
  to,
  label,
  icon,
}: {
  to: 'library' | 'notes';
  label: string;
  icon: ReactNode;
}) {
  const [route, go] = useAppRoute();
  const reads = {
    queryClient: useQueryClient(),
    annotationStore: useAnnotationStore(),
  };
  return (
    <a
      href={`?${to}`}
      className="button app-header__link"
      aria-current={route.kind === to ? 'page' : undefined}
      onClick={(e) => {
        // A middle or modified click (new tab, window) is the browser's to follow.
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        void preloadLibraryPage(to, reads).then(() => go({ kind: to }));
      }}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {icon}
      </svg>
      <span className="hide-when-narrow">{label}</span>
    </a>
  );
}
