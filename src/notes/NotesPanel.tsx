import { lazy, Suspense, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import type { AnnotationSets } from '../annotations/sort-annotations';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../storage/annotation-record';
import { useNotices } from '../ui/NoticeProvider';
import { withLaterTranslations } from '../i18n/later-translations';
import { allTags, type AnnotationFilter } from './filter-annotations';
import { usePreparedSearch } from './use-prepared-search';
import { TrashSection } from './TrashSection';
import './notes.css';

// The list, its cards and the editor load with the first annotation: a first visit has none.
// One request for the three, so a card never waits for the list to arrive first.
const loadListParts = () =>
  withLaterTranslations(
    Promise.all([import('./NotesList'), import('./NoteCard'), import('./NoteEditor')]),
  );
const NotesList = lazy(() => loadListParts().then(([m]) => ({ default: m.NotesList })));
const NoteCard = lazy(() => loadListParts().then(([, m]) => ({ default: m.NoteCard })));
const NoteEditor = lazy(() => loadListParts().then(([, , m]) => ({ default: m.NoteEditor })));

interface NotesPanelProps {
  sets: AnnotationSets;
  /** Scrolls to a highlight in the article and focuses it. */
  onGoTo: (id: string) => void;
  /** Color, tag and search filters; the panel shows them and reports changes. */
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  /**
   * The annotations all the filters let through (these and a timeline event's), worked out
   * once with the export's "current filter"; null when nothing filters.
   */
  scopeIds: ReadonlySet<string> | null;
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
  scopeIds,
  extraFilterLabel,
  onClearExtraFilter,
  tools,
  onCopyQuote,
}: NotesPanelProps) {
  const { t, i18n } = useTranslation();
  const { editingId, edit } = useActiveAnnotation();
  const { perform } = useAnnotationActions();
  const notices = useNotices();
  const ids = { color: useId(), tag: useId(), search: useId(), unanchored: useId() };
  const live = useMemo(
    () => [...sets.anchored.map((a) => a.record), ...sets.orphans],
    [sets.anchored, sets.orphans],
  );
  const tags = useMemo(() => allTags(live, i18n.language), [live, i18n.language]);
  usePreparedSearch(live);
  // The note being edited stays while it is open, even if a change takes it out of the filter.
  const shown = useMemo(
    () =>
      sets.anchored.filter(
        (a) => a.record.id === editingId || !scopeIds || scopeIds.has(a.record.id),
      ),
    [sets.anchored, editingId, scopeIds],
  );

  const changeFilter = onFilterChange;

  // Closing the editor unmounts the button that closed it: focus goes to the card that takes
  // its place (Done) or to the next card, else the previous one (Delete), not to the page.
  const panel = useRef<HTMLDivElement>(null);
  // (An edited card that no longer passes the filters is gone too: its neighbour stands in.)
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
  const shownRecords = useMemo(() => shown.map((a) => a.record), [shown]);
  const listed = [...shownRecords, ...sets.orphans];
  const closeEditor = (record: AnnotationRecord, deleting: boolean) => {
    const at = listed.findIndex((r) => r.id === record.id);
    const neighbours = [listed[at + 1], listed[at - 1]].flatMap((r) => (r ? [r.id] : []));
    focusAfterClose.current = deleting ? neighbours : [record.id, ...neighbours];
    edit(null);
  };

  const remove = (record: AnnotationRecord) => {
    closeEditor(record, true);
    perform({ kind: 'delete', id: record.id }).then(
      () =>
        notices.info(t('highlight.deleted'), {
          label: t('highlight.undo'),
          run: () =>
            void perform({ kind: 'restore', id: record.id }, { undoable: false }).catch(() => {}),
        }),
      () => {},
    );
  };

  const item = (record: AnnotationRecord, anchored: boolean) =>
    editingId === record.id ? (
      <NoteEditor
        record={record}
        onDone={() => closeEditor(record, false)}
        onDelete={() => remove(record)}
      />
    ) : (
      <NoteCard
        record={record}
        onGoTo={anchored ? () => onGoTo(record.id) : undefined}
        onEdit={() => edit(record.id)}
        // An unanchored quote is no longer in the article: citing it there would mislead.
        onCopyQuote={anchored && onCopyQuote ? () => onCopyQuote(record) : undefined}
        query={filter.query}
      />
    );

  return (
    <div className="notes" ref={panel}>
      {tools}
      {live.length > 0 && (
        <div className="notes__filters">
          <div className="field notes__search">
            <label htmlFor={ids.search}>{t('notes.search')}</label>
            <input
              id={ids.search}
              type="search"
              dir="auto"
              value={filter.query ?? ''}
              onChange={(e) => changeFilter({ ...filter, query: e.target.value || undefined })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.color}>{t('notes.filterColor')}</label>
            <select
              id={ids.color}
              value={filter.color ?? ''}
              onChange={(e) => changeFilter({ ...filter, color: e.target.value || undefined })}
            >
              <option value="">{t('notes.allColors')}</option>
              {HIGHLIGHT_COLORS.map((color) => (
                <option key={color} value={color}>
                  {t(`colors.${color}`)}
                </option>
              ))}
            </select>
          </div>
          {tags.length > 0 && (
            <div className="field">
              <label htmlFor={ids.tag}>{t('notes.filterTag')}</label>
              <select
                id={ids.tag}
                value={filter.tag ?? ''}
                onChange={(e) => changeFilter({ ...filter, tag: e.target.value || undefined })}
              >
                <option value="">{t('notes.allTags')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}

      {extraFilterLabel && (
        <p className="notes__active-filter">
          <span>{extraFilterLabel}</span>
          <button type="button" className="link-button" onClick={onClearExtraFilter}>
            {t('notes.clearFilter')}
          </button>
        </p>
      )}

      {live.length === 0 ? (
        <p className="notes__empty">{t('notes.empty')}</p>
      ) : shown.length === 0 && sets.anchored.length > 0 ? (
        <p className="notes__empty">{t('notes.noMatches')}</p>
      ) : (
        <Suspense fallback={null}>
          <NotesList
            records={shownRecords}
            renderItem={(record) => item(record, true)}
            pinnedId={editingId}
          />
        </Suspense>
      )}

      {sets.orphans.length > 0 && (
        <Suspense fallback={null}>
          <section
            className="notes__section notes__section--orphans"
            aria-labelledby={ids.unanchored}
          >
            <h3 id={ids.unanchored} className="notes__section-title">
              {t('notes.unanchored')}
            </h3>
            <p className="notes__help">{t('notes.unanchoredHelp')}</p>
            <ul className="notes__list">
              {sets.orphans.map((record) => (
                <li key={record.id}>{item(record, false)}</li>
              ))}
            </ul>
          </section>
        </Suspense>
      )}

      <TrashSection trash={sets.trash} />
    </div>
  );
}
