import type { QueryClient } from '@tanstack/react-query';
import { articleQueryOptions } from '../document/article-query';
import type { ArticleSource } from '../document/article-source';
import { timelineQueryOptions } from '../timeline/timeline-query';

/**
 * Fills the query cache with what the first screen renders: the article and its timeline
 * (passage markers and the panel). The build's prerender and the browser both call it before
 * rendering, so their first renders agree and hydration finds the markup it would produce. A
 * failure is cached as the query's error (the app shows it); this never rejects.
 */
export async function loadFirstScreen(
  queryClient: QueryClient,
  source: ArticleSource,
): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(articleQueryOptions(source)),
    queryClient.prefetchQuery(timelineQueryOptions(source)),
  ]);
}
