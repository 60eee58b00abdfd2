import { useCallback, useMemo } from 'react';
import { createFilterPass, isFiltering, type AnnotationFilter } from '../notes/filter-annotations';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { EventNotes } from '../timeline/event-notes';
import type { TimelineEvent } from '../timeline/timeline-schema';

interface NotesScope {
  /**
   * The live annotations the notes list shows (its own filters and a timeline event's, from
   * "Show notes for this event"), which is also what "Export → Current filter" exports; null = all.
   */
  scopeIds: ReadonlySet<string> | null;
  /** The timeline event an annotation belongs to, for the Markdown and HTML exports. */
  eventFor: (record: AnnotationRecord) => { title: string } | null;
}

/** Ties the notes list's filters to the timeline and to the export's "current filter". */
export function useNotesScope(
  records: readonly AnnotationRecord[],
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
  // Typing on in the notes search filters what the last keystroke let through, not every record.
  const filterPass = useMemo(() => createFilterPass(), []);
  const scopeIds = useMemo(() => {
    const combined = { ...eventFilter, ...notesFilter };
    if (!isFiltering(combined)) return null;
    return new Set(filterPass(records, combined).map((r) => r.id));
  }, [filterPass, records, eventFilter, notesFilter]);
  const eventFor = useCallback(
    (record: AnnotationRecord) => {
      const found = events.find((e) => eventNotes.get(e.event.id)?.ids.has(record.id));
      return found ? { title: found.event.title[language] } : null;
    },
    [events, eventNotes, language],
  );
  return { scopeIds, eventFor };
}
