import { useId, useMemo, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import type { AnnotationSets } from '../annotations/sort-annotations';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../storage/annotation-record';
import { useNotices } from '../ui/NoticeProvider';
import { allTags, type AnnotationFilter } from './filter-annotations';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import { usePreparedSearch } from './use-prepared-search';

export interface NotesContentProps {
  sets: AnnotationSets;
  onGoTo: (id: string) => void;
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  /** What the filters let through, anchored ones in reading order; null when nothing filters. */
  scope: readonly AnnotationRecord[] | null;
  /** The panel's line naming an extra filter (a timeline event's), drawn below the filters. */
  activeFilter: ReactNode;
  onCopyQuote?: (record: AnnotationRecord) => void;
  /**
   * Where to put the ids of the cards that may take focus once the editor closes, in order;
   * the panel moves focus after the close renders (this content may be gone by then).
   */
  focusAfterCloseRef: RefObject<string[] | null>;
}

/**
 * The notes panel once there are notes: filters, the list in reading order, the unanchored
 * ones, and the editor in place of the card being edited. Loads with the first annotation
 * (a first visit has none), with the list, its cards and the editor in one chunk.
 */
export function NotesContent({
  sets,
  onGoTo,
  filter,
  onFilterChange,
  scope,
  activeFilter,
  onCopyQuote,
  focusAfterCloseRef,
}: NotesContentProps) {
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
  const anchored = useMemo(() => sets.anchored.map((a) => a.record), [sets.anchored]);
  const orphans = useMemo(() => new Set(sets.orphans), [sets.orphans]);
  // The filter's result is in reading order, unanchored ones last: the list takes it as it is,
  // so a keystroke costs what it lets through, not a pass over every highlight.
  const shownRecords = useMemo(() => {
    if (!scope) return anchored;
    let end = scope.length;
    while (end > 0 && orphans.has(scope[end - 1] as AnnotationRecord)) end -= 1;
    const inScope = end === scope.length ? scope : scope.slice(0, end);
    if (editingId === null || inScope.some((r) => r.id === editingId)) return inScope;
    // The note being edited stays while it is open, even if a change takes it out of the filter.
    const allowed = new Set(inScope);
    return anchored.filter((r) => r.id === editingId || allowed.has(r));
  }, [anchored, orphans, scope, editingId]);
  const changeFilter = onFilterChange;

  // Closing the editor unmounts the button that closed it: focus goes to the card that takes
  // its place (Done) or to the next card, else the previous one (Delete), not to the page.
  // (An edited card that no longer passes the filters is gone too: its neighbour stands in.)
  const closeEditor = (record: AnnotationRecord, deleting: boolean) => {
    const listed = [...shownRecords, ...sets.orphans];
    const at = listed.findIndex((r) => r.id === record.id);
    const neighbours = [listed[at + 1], listed[at - 1]].flatMap((r) => (r ? [r.id] : []));
    focusAfterCloseRef.current = deleting ? neighbours : [record.id, ...neighbours];
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
    <>
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

      {activeFilter}

      {shownRecords.length === 0 && sets.anchored.length > 0 ? (
        <p className="notes__empty">{t('notes.noMatches')}</p>
      ) : (
        <NotesList
          records={shownRecords}
          renderItem={(record) => item(record, true)}
          pinnedId={editingId}
        />
      )}

      {sets.orphans.length > 0 && (
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
      )}
    </>
  );
}
