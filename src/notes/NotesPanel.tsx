import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import type { AnnotationSets } from '../annotations/sort-annotations';
import type { AnnotationRecord } from '../storage/annotation-record';
import { withLaterTranslations } from '../i18n/later-translations';
import type { AnnotationFilter } from './filter-annotations';
import { TrashSection } from './TrashSection';
import './notes.css';

// The filters, the list, its cards and the editor load with the first annotation: a first
// visit has none. One request for all of them, so a card never waits for the list.
const NotesContent = lazy(() =>
  withLaterTranslations(import('./NotesContent')).then((m) => ({ default: m.NotesContent })),
);

interface NotesPanelProps {
  sets: AnnotationSets;
  /** Scrolls to a highlight in the article and focuses it. */
  onGoTo: (id: string) => void;
  /** Color, tag and search filters; the panel shows them and reports changes. */
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  /**
   * The annotations all the filters let through (these and a timeline event's), in the list's
   * order, worked out once with the export's "current filter"; null when nothing filters.
   */
  scope: readonly AnnotationRecord[] | null;
  /** Says what the extra filter is ("Notes on: …"), with a button to clear it. */
  extraFilterLabel?: string;
  onClearExtraFilter?: () => void;
  /** Export, import and backup controls, drawn above the list. */
  tools?: ReactNode;
  /** Copies an annotation's quote with its citation (offered on each card). */
  onCopyQuote?: (record: AnnotationRecord) => void;
}

/** The notes sidebar's content: filters, the list in reading order, unanchored ones, the trash. */
export function NotesPanel({
  sets,
  onGoTo,
  filter,
  onFilterChange,
  scope,
  extraFilterLabel,
  onClearExtraFilter,
  tools,
  onCopyQuote,
}: NotesPanelProps) {
  const { t } = useTranslation();
  const { editingId } = useActiveAnnotation();
  // "Add a note on this article" pressed while there are no notes (their code not loaded yet).
  const [adding, setAdding] = useState(false);

  // Set by the content as the editor closes: the cards that may take focus, in order. Moved
  // here, after the close has rendered, from the panel (the content is gone with the last note).
  const panel = useRef<HTMLDivElement>(null);
  const focusAfterClose = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = focusAfterClose.current;
    if (editingId !== null || ids === null) return;
    focusAfterClose.current = null;
    const root = panel.current;
    const button = ids
      .map((id) => root?.querySelector(`[data-note-id="${CSS.escape(id)}"] .note-card__edit`))
      .find((button) => button instanceof HTMLElement);
    const target = button ?? root?.querySelector('input, button');
    if (target instanceof HTMLElement) target.focus();
  }, [editingId]);

  const activeFilter = extraFilterLabel && (
    <p className="notes__active-filter">
      <span>{extraFilterLabel}</span>
      <button type="button" className="link-button" onClick={onClearExtraFilter}>
        {t('notes.clearFilter')}
      </button>
    </p>
  );

  return (
    <div className="notes" ref={panel}>
      {tools}
      {sets.anchored.length + sets.orphans.length + sets.documentNotes.length === 0 && !adding ? (
        <>
          {activeFilter}
          <p className="notes__empty">{t('notes.empty')}</p>
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            {t('notes.addDocumentNote')}
          </button>
        </>
      ) : (
        <Suspense fallback={null}>
          <NotesContent
            sets={sets}
            onGoTo={onGoTo}
            filter={filter}
            onFilterChange={onFilterChange}
            scope={scope}
            activeFilter={activeFilter}
            onCopyQuote={onCopyQuote}
            focusAfterCloseRef={focusAfterClose}
            addRequested={adding}
            onAddTaken={() => setAdding(false)}
          />
        </Suspense>
      )}
      <TrashSection trash={sets.trash} />
    </div>
  );
}
