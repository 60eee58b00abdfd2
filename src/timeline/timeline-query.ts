import { queryOptions } from '@tanstack/react-query';
import { ArticleLoadError, type ArticleSource } from '../document/article-source';
import type { Timeline } from './timeline-schema';

/** Why the timeline could not be shown; the panel translates the code. */
export type TimelineFailureCode = 'timeline-missing' | 'timeline-invalid' | 'unknown';

/** Thrown by the timeline query; carries a code the panel translates. */
export class TimelineFailure extends Error {
  constructor(readonly code: TimelineFailureCode) {
    super(code);
    this.name = 'TimelineFailure';
  }
}

/**
 * Query for the article's validated timeline. The file never changes while the app runs, and a
 * broken one stays broken, so there are no refetches and no retries. Rejects with a
 * {@link TimelineFailure}; the article query does not depend on it, so the article still reads.
 */
export function timelineQueryOptions(source: ArticleSource) {
  return queryOptions({
    // The key hashes as JSON, so only the source's `key` (not its functions) identifies it.
    queryKey: ['timeline', source],
    queryFn: () => loadTimeline(source),
    staleTime: Infinity,
    retry: false,
  });
}

async function loadTimeline(source: ArticleSource): Promise<Timeline> {
  let json: unknown;
  try {
    json = await source.loadTimeline();
  } catch (error) {
    if (error instanceof ArticleLoadError) {
      if (error.code === 'timeline-missing' || error.code === 'timeline-invalid') {
        throw new TimelineFailure(error.code);
      }
    }
    throw new TimelineFailure('unknown');
  }
  // The validator (and zod with it) loads with the timeline, not with the first page.
  const { parseTimeline } = await import('./parse-timeline');
  const result = parseTimeline(json);
  if (!result.ok) throw new TimelineFailure(result.error);
  return result.timeline;
}
