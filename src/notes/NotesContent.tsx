import { useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import type { AnnotationSets } from '../annotations/sort-annotations';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { useDocument } from '../document/use-document';
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../storage/annotation-record';
import { useNotices } from '../ui/NoticeProvider';
import { DocumentNotes } from './DocumentNotes';
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
  /** The reader asked for a new note on the whole document before this content loaded. */
  addRequested?: boolean;
  /** Called once that request is taken (the note created and its editor open). */
  onAddTaken?: () => void;
}

/**
 * The notes panel once there are notes: filters, the notes on the whole document ("About this
 * article", with a button to add one), the list in reading order, the unanchored ones, and the
 * editor in place of the card being edited. Loads with the first annotation (a first visit has
 * none), with the list, its cards and the editor in one chunk.
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
  addRequested = false,
  onAddTaken,
}: NotesContentProps) {
  const { t, i18n } = useTranslation();
  const { meta } = useDocument();
  const { editingId, edit } = useActiveAnnotation();
  const { perform } = useAnnotationActions();
  const notices = useNotices();
  const ids = { color: useId(), tag: useId(), search: useId(), unanchored: useId() };
  const live = useMemo(
    () => [...sets.documentNotes, ...sets.anchored.map((a) => a.record), ...sets.orphans],
    [sets.documentNotes, sets.anchored, sets.orphans],
  );
  const tags = useMemo(() => allTags(live, i18n.language), [live, i18n.language]);
  usePreparedSearch(live);
  const anchored = useMemo(() => sets.anchored.map((a) => a.record), [sets.anchored]);
  const orphans = useMemo(() => new Set(sets.orphans), [sets.orphans]);
  const onDocument = useMemo(() => new Set(sets.documentNotes), [sets.documentNotes]);
  // The filter's result is in the list's order (notes on the document, then the anchored ones
  // in reading order, then unanchored ones): the list takes its middle as it is, so a keystroke
  // costs what it lets through, not a pass over every highlight.
  const { documentNotes, shownRecords } = useMemo(() => {
    if (!scope) return { documentNotes: sets.documentNotes, shownRecords: anchored };
    let start = 0;
    while (start < scope.length && onDocument.has(scope[start] as AnnotationRecord)) start += 1;
    let end = scope.length;
    while (end > start && orphans.has(scope[end - 1] as AnnotationRecord)) end -= 1;
    // The note being edited stays while it is open, even if a change takes it out of the filter.
    const keep = <T extends AnnotationRecord>(all: readonly T[], inScope: readonly T[]) => {
      if (editingId === null || inScope.some((r) => r.id === editingId)) return inScope;
      if (!all.some((r) => r.id === editingId)) return inScope;
      const allowed = new Set(inScope);
      return all.filter((r) => r.id === editingId || allowed.has(r));
    };
    return {
      documentNotes: keep(sets.documentNotes, scope.slice(0, start)),
      shownRecords: keep(
        anchored,
        start === 0 && end === scope.length ? scope : scope.slice(start, end),
      ),
    };
  }, [anchored, orphans, onDocument, sets.documentNotes, scope, editingId]);
  const changeFilter = onFilterChange;

  // Closing the editor unmounts the button that closed it: focus goes to the card that takes
  // its place (Done) or to the next card, else the previous one (Delete), not to the page.
  // (An edited card that no longer passes the filters is gone too: its neighbour stands in.)
  const closeEditor = (record: AnnotationRecord, deleting: boolean) => {
    const listed = [...documentNotes, ...shownRecords, ...sets.orphans];
    const at = listed.findIndex((r) => r.id === record.id);
    const neighbours = [listed[at + 1], listed[at - 1]].flatMap((r) => (r ? [r.id] : []));
    focusAfterCloseRef.current = deleting ? neighbours : [record.id, ...neighbours];
    edit(null);
  };

  // A note on the whole document starts empty, its editor open; left blank, it is dropped.
  const addDocumentNote = () => {
    const now = new Date().toISOString();
    const record: AnnotationRecord = {
      id: crypto.randomUUID(),
      documentId: meta.id,
      target: null,
      color: 'yellow',
      note: '',
      tags: [],
      created: now,
      modified: now,
      deleted: null,
    };
    edit(record.id);
    // The failure is shown (and rolled back) by perform.
    return perform({ kind: 'create', record }).catch(() => edit(null));
  };
  const addTaken = useRef(false);
  useEffect(() => {
    if (!addRequested || addTaken.current) return;
    addTaken.current = true;
    // Taken once stored: until then the panel, empty, would unload this content.
    void addDocumentNote().finally(() => onAddTaken?.());
  });
  const done = (record: AnnotationRecord, blank: boolean) => {
    closeEditor(record, false);
    if (blank && record.target === null && record.note === '' && record.tags.length === 0) {
      void perform({ kind: 'discard', id: record.id }, { undoable: false }).catch(() => {});
    }
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
        onDone={(blank) => done(record, blank)}
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

      <DocumentNotes
        records={documentNotes}
        renderItem={(record) => item(record, false)}
        onAdd={() => void addDocumentNote()}
      />

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
