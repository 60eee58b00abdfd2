import type { QueryClient } from '@tanstack/react-query';
import { documentQueryOptions } from '../document/document-query';
import type { DocumentSource } from '../document/document-source';
import { timelineQueryOptions } from '../timeline/timeline-query';

/**
 * Fills the query cache with what the first screen renders: the document and its timeline
 * (passage markers and the panel). The build's prerender and the browser both call it before
 * rendering, so their first renders agree and hydration finds the markup it would produce. A
 * failure is cached as the query's error (the app shows it); this never rejects.
 */
export async function loadFirstScreen(
  queryClient: QueryClient,
  source: DocumentSource,
  documentId: string,
): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(documentQueryOptions(source, documentId)),
    queryClient.prefetchQuery(timelineQueryOptions(source, documentId)),
  ]);
}
