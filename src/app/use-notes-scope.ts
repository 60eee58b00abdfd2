import { useCallback, useMemo } from 'react';
import type { AnnotationSets } from '../annotations/sort-annotations';
import { createFilterPass, isFiltering, type AnnotationFilter } from '../notes/filter-annotations';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { EventNotes } from '../timeline/event-notes';
import type { TimelineEvent } from '../timeline/timeline-schema';

interface NotesScope {
  /**
   * The live annotations the notes list shows (its own filters and a timeline event's, from
   * "Show notes for this event"): notes on the whole document, anchored ones in reading order,
   * then unanchored ones; null = all.
   */
  scope: readonly AnnotationRecord[] | null;
  /** The ids of {@link scope}, which "Export → Current filter" exports; null = all. */
  scopeIds: Pick<ReadonlySet<string>, 'has'> | null;
  /** The timeline event an annotation belongs to, for the Markdown and HTML exports. */
  eventFor: (record: AnnotationRecord) => { title: string } | null;
}

/** Ties the notes list's filters to the timeline and to the export's "current filter". */
export function useNotesScope(
  sets: AnnotationSets,
  events: readonly { event: TimelineEvent }[],
  eventNotes: ReadonlyMap<string, EventNotes>,
  notesFilter: AnnotationFilter,
  notesEventId: string | null,
  language: 'ar' | 'en',
): NotesScope {
  const eventFilter = useMemo(
    () =>
      notesEventId ? { ids: eventNotes.get(notesEventId)?.ids ?? new Set<string>() } : undefined,
    [notesEventId, eventNotes],
  );
  // In the order the list shows them, so that the list takes the filter's result as it is.
  const live = useMemo(
    () => [...sets.documentNotes, ...sets.anchored.map((a) => a.record), ...sets.orphans],
    [sets.documentNotes, sets.anchored, sets.orphans],
  );
  // Typing on in the notes search filters what the last keystroke let through, not every record.
  const filterPass = useMemo(() => createFilterPass(), []);
  const scope = useMemo(() => {
    const combined = { ...eventFilter, ...notesFilter };
    return isFiltering(combined) ? filterPass(live, combined) : null;
  }, [filterPass, live, eventFilter, notesFilter]);
  // The set is made when something asks (an export of the current filter), not per keystroke.
  const scopeIds = useMemo(() => {
    if (!scope) return null;
    let ids: Set<string> | null = null;
    return { has: (id: string) => (ids ??= new Set(scope.map((r) => r.id))).has(id) };
  }, [scope]);
  const eventFor = useCallback(
    (record: AnnotationRecord) => {
      const found = events.find((e) => eventNotes.get(e.event.id)?.ids.has(record.id));
      return found ? { title: found.event.title[language] } : null;
    },
    [events, eventNotes, language],
  );
  return { scope, scopeIds, eventFor };
}
