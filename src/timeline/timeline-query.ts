import { queryOptions } from '@tanstack/react-query';
import { ArticleLoadError } from '../document/article-source';
import type { DocumentSource } from '../document/document-source';
import checkedTimelines from 'virtual:checked-timelines';
import { textFingerprint } from '../anchoring/text-fingerprint';
import type { ParseTimelineResult } from './parse-timeline';
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
 * Query for a document's validated curated timeline; null when the document has none. The file
 * never changes while the app runs, and a broken one stays broken, so there are no refetches and
 * no retries. Rejects with a {@link TimelineFailure} (`timeline-invalid` also when the timeline
 * is another document's); the document query does not depend on it, so the document still reads.
 */
export function timelineQueryOptions(source: DocumentSource, documentId: string) {
  return queryOptions({
    // The key hashes as JSON, so only the source's `key` (not its functions) identifies it.
    queryKey: ['timeline', source, documentId],
    queryFn: () => loadTimeline(source, documentId),
    staleTime: Infinity,
    retry: false,
  });
}

async function loadTimeline(source: DocumentSource, documentId: string): Promise<Timeline | null> {
  let json: unknown;
  try {
    json = await source.loadTimeline(documentId);
  } catch (error) {
    if (error instanceof ArticleLoadError) {
      if (error.code === 'timeline-missing' || error.code === 'timeline-invalid') {
        throw new TimelineFailure(error.code);
      }
    }
    throw new TimelineFailure('unknown');
  }
  if (json === null) return null;
  const result = await checkTimeline(json);
  if (!result.ok) throw new TimelineFailure(result.error);
  if (result.timeline.documentId !== documentId) throw new TimelineFailure('timeline-invalid');
  return result.timeline;
}

/**
 * The timeline the build checked as it is (the same JSON), else the app's check of it, whose
 * code then loads: a changed or foreign file is always checked.
 */
async function checkTimeline(json: unknown): Promise<ParseTimelineResult> {
  if (checkedTimelines.includes(textFingerprint(JSON.stringify(json) ?? ''))) {
    return { ok: true, timeline: json as Timeline };
  }
  return (await import('./parse-timeline')).parseTimeline(json);
}
