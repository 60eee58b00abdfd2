import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { ArticleDocument } from '../document/article-document';
import { useDocumentSource } from '../document/use-document';
import type { ResolvedEvent } from './resolve-events';
import { sequenceResolved, type ResolvedSequence } from './resolve-sequence';
import { fromStored } from './stored-resolution';
import { resolutions } from 'virtual:checked-timelines';
import { textFingerprint } from '../anchoring/text-fingerprint';
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

function remember(timeline: Timeline, text: string, resolved: readonly ResolvedEvent[]) {
  const sequence = sequenceResolved(timeline, resolved);
  const resolution = { ...sequence, all: [...sequence.main, ...sequence.context], curated: true };
  cache.set(timeline, { text, resolution });
  return resolution;
}

/** The resolution already made, or the build's when this is the built-in timeline and text. */
function knownResolution(timeline: Timeline, text: string): Resolution | null {
  const hit = cache.get(timeline);
  if (hit?.text === text) return hit.resolution;
  const fingerprint = textFingerprint(JSON.stringify(timeline));
  const built = resolutions.find((r) => r.timeline === fingerprint);
  const resolved =
    built && built.text === textFingerprint(text) && fromStored(timeline, built.events);
  return resolved ? remember(timeline, text, resolved) : null;
}

/**
 * The timeline resolved in `text`: at once when known, else once the anchoring has loaded and
 * run (null until then).
 */
function useResolution(timeline: Timeline | null, text: string): Resolution | null {
  const known = useMemo(() => timeline && knownResolution(timeline, text), [timeline, text]);
  const [, setResolved] = useState(0);
  useEffect(() => {
    if (!timeline || known) return;
    let live = true;
    void import('./resolve-events').then(({ resolveEvents }) => {
      if (!live) return;
      remember(timeline, text, resolveEvents(timeline, text));
      setResolved((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [timeline, text, known]);
  if (!timeline) return null;
  const late = cache.get(timeline);
  return known ?? (late?.text === text ? late.resolution : null);
}

const NO_TIMELINE: Resolution = { main: [], context: [], all: [], curated: false };

/**
 * Loads the document's curated timeline and anchors its events in the document's canonical
 * text; a document without one has no events. Re-resolves only when the timeline or the text
 * changes.
 */
export function useTimeline({ meta, text }: Pick<ArticleDocument, 'meta' | 'text'>): TimelineState {
  const query = useQuery(timelineQueryOptions(useDocumentSource(), meta.id));
  const resolution = useResolution(query.data ?? null, text);
  if (query.status === 'pending') return { status: 'pending' };
  if (query.status === 'error') {
    const code = query.error instanceof TimelineFailure ? query.error.code : 'unknown';
    return { status: 'error', code, retry: () => void query.refetch() };
  }
  if (query.data === null) return { status: 'success', ...NO_TIMELINE };
  return resolution ? { status: 'success', ...resolution } : { status: 'pending' };
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
