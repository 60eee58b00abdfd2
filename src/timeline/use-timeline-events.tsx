import { useQuery } from '@tanstack/react-query';
import type { ArticleDocument } from '../document/article-document';
import { useDocumentSource } from '../document/use-document';
import type { ResolvedEvent } from './resolve-events';
import { resolveSequence, type ResolvedSequence } from './resolve-sequence';
import { TimelineFailure, timelineQueryOptions, type TimelineFailureCode } from './timeline-query';
import type { Timeline } from './timeline-schema';

/** A resolved timeline: the sidebar's two groups, and all events in one list (main, then context). */
interface Resolution extends ResolvedSequence {
  all: ResolvedEvent[];
  /** False when the document has no curated timeline file (its events are the reader's own). */
  curated: boolean;
}

/** The timeline as the sidebar needs it, whatever state its file is in. */
export type TimelineState =
  | { status: 'pending' }
  | { status: 'error'; code: TimelineFailureCode; retry: () => void }
  | ({ status: 'success' } & Resolution);

// The panel and the article's decorations both resolve the same timeline against the same text;
// one entry per timeline object (react-query keeps it stable) makes that a single resolution,
// and gives callers arrays whose identity holds until the timeline or the text changes.
const cache = new WeakMap<Timeline, { text: string; resolution: Resolution }>();

function resolveCached(timeline: Timeline, text: string): Resolution {
  const hit = cache.get(timeline);
  if (hit?.text === text) return hit.resolution;
  const sequence = resolveSequence(timeline, text);
  const resolution = { ...sequence, all: [...sequence.main, ...sequence.context], curated: true };
  cache.set(timeline, { text, resolution });
  return resolution;
}

const NO_TIMELINE: Resolution = { main: [], context: [], all: [], curated: false };

/**
 * Loads the document's curated timeline and anchors its events in the document's canonical
 * text; a document without one has no events. Re-resolves only when the timeline or the text
 * changes.
 */
export function useTimeline({ meta, text }: Pick<ArticleDocument, 'meta' | 'text'>): TimelineState {
  const query = useQuery(timelineQueryOptions(useDocumentSource(), meta.id));
  if (query.status === 'pending') return { status: 'pending' };
  if (query.status === 'error') {
    const code = query.error instanceof TimelineFailure ? query.error.code : 'unknown';
    return { status: 'error', code, retry: () => void query.refetch() };
  }
  if (query.data === null) return { status: 'success', ...NO_TIMELINE };
  return { status: 'success', ...resolveCached(query.data, text) };
}

const NONE: ResolvedEvent[] = [];

/**
 * Every timeline event with its passage in the document's text (range null when not found): the
 * main sequence, then the context items. Empty while the timeline loads, when it failed or when
 * the document has none. The array keeps its identity until the timeline or the text changes,
 * so it can feed memoised decorations.
 */
export function useTimelineEvents(doc: Pick<ArticleDocument, 'meta' | 'text'>): ResolvedEvent[] {
  const state = useTimeline(doc);
  return state.status === 'success' ? state.all : NONE;
}
