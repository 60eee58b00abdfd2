import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../storage/annotation-record';
import {
  createAllNotesSelection,
  groupByDocument,
  libraryNotes,
  type AllNotesFilter,
  type NoteDocument,
} from './all-notes';
import { AllNotesItem } from './AllNotesItem';
import { allTags } from './filter-annotations';
import { NotesList } from './NotesList';
import { usePreparedSearch } from './use-prepared-search';
import { useAllNotesTranslations } from './use-all-notes-translations';
import './all-notes.css';

/** The layouts the order control offers. */
type Layout = 'newest' | 'title' | 'changed';

/** The export formats, in the order the buttons show them. */
export const ALL_NOTES_FORMATS = ['jsonld', 'markdown', 'csv', 'html'] as const;
export type AllNotesFormat = (typeof ALL_NOTES_FORMATS)[number];

export interface AllNotesViewProps {
  /** Every live annotation of the library (any order), or undefined while they load. */
  records: readonly AnnotationRecord[] | undefined;
  /**
   * False while `records` are only the newest (the first screen, the rest being read): the
   * count line says so and is busy, and nothing is exported. True when absent.
   */
  complete?: boolean;
  /** The library's documents by id; annotations of any other document are left out. */
  documents: ReadonlyMap<string, NoteDocument>;
  /** The address of annotation `id` in document `documentId`. */
  noteHref: (documentId: string, id: string) => string;
  /** Exports `records` (what the view shows, in its order) as one file. */
  onExport?: (format: AllNotesFormat, records: readonly AnnotationRecord[]) => void;
}

/**
 * Every highlight and note of the library: newest first or grouped by document, narrowed by
 * the Arabic-folding search, color, tag and document, each linking to its place. Past a few
 * hundred only the cards on screen are drawn (the notes panel's list).
 */
export function AllNotesView({
  records,
  complete = true,
  documents,
  noteHref,
  onExport,
}: AllNotesViewProps) {
  useAllNotesTranslations();
  const { t, i18n } = useTranslation();
  const ids = { search: useId(), color: useId(), tag: useId(), document: useId(), order: useId() };
  const [filter, setFilter] = useState<AllNotesFilter>({});
  const [layout, setLayout] = useState<Layout>('newest');
  // A keystroke repaints the box at once; the list follows when the filter pass is done.
  const deferred = useDeferredValue(filter);
  const [select] = useState(createAllNotesSelection);

  const notes = useMemo(() => libraryNotes(records ?? [], documents), [records, documents]);
  usePreparedSearch(notes);
  const tags = useMemo(() => allTags(notes, i18n.language), [notes, i18n.language]);
  const listed = useMemo(() => {
    const byNote = new Set(notes.map((r) => r.documentId));
    const collator = new Intl.Collator(i18n.language);
    return [...documents.values()]
      .filter((d) => byNote.has(d.id))
      .sort((a, b) => collator.compare(a.title, b.title));
  }, [notes, documents, i18n.language]);
  const matched = useMemo(() => select(notes, deferred), [select, notes, deferred]);
  const { shown, groupStarts } = useMemo(() => {
    if (layout === 'newest') return { shown: matched, groupStarts: null };
    const groups = groupByDocument(matched, documents, layout, i18n.language);
    return {
      shown: groups.flatMap((g) => g.records),
      groupStarts: new Set(groups.map((g) => g.records[0]?.id)),
    };
  }, [matched, layout, documents, i18n.language]);

  const change = (patch: Partial<AllNotesFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const empty = records !== undefined && complete && notes.length === 0;

  return (
    <main className="all-notes" aria-labelledby={`${ids.search}-heading`}>
      <h1 id={`${ids.search}-heading`} className="all-notes__heading">
        {t('allNotes.heading')}
      </h1>
      {records === undefined || (!complete && notes.length === 0) ? (
        <p role="status">{t('allNotes.loading')}</p>
      ) : empty ? (
        <p className="notes__empty">{t('allNotes.empty')}</p>
      ) : (
        <>
          <div className="notes__filters all-notes__filters">
            <div className="field notes__search">
              <label htmlFor={ids.search}>{t('allNotes.search')}</label>
              <input
                id={ids.search}
                type="search"
                dir="auto"
                value={filter.query ?? ''}
                onChange={(e) => change({ query: e.target.value || undefined })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.color}>{t('allNotes.color')}</label>
              <select
                id={ids.color}
                value={filter.color ?? ''}
                onChange={(e) => change({ color: e.target.value || undefined })}
              >
                <option value="">{t('allNotes.allColors')}</option>
                {HIGHLIGHT_COLORS.map((color) => (
                  <option key={color} value={color}>
                    {t(`allNotes.colors.${color}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.tag}>{t('allNotes.tag')}</label>
              <select
                id={ids.tag}
                value={filter.tag ?? ''}
                onChange={(e) => change({ tag: e.target.value || undefined })}
              >
                <option value="">{t('allNotes.allTags')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.document}>{t('allNotes.document')}</label>
              <select
                id={ids.document}
                value={filter.documentId ?? ''}
                onChange={(e) => change({ documentId: e.target.value || undefined })}
              >
                <option value="">{t('allNotes.allDocuments')}</option>
                {listed.map((d) => (
                  <option key={d.id} value={d.id} lang={d.language} dir={d.direction}>
                    {d.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.order}>{t('allNotes.order')}</label>
              <select
                id={ids.order}
                value={layout}
                onChange={(e) => setLayout(e.target.value as Layout)}
              >
                <option value="newest">{t('allNotes.newest')}</option>
                <option value="title">{t('allNotes.byDocument')}</option>
                <option value="changed">{t('allNotes.byDocumentChanged')}</option>
              </select>
            </div>
          </div>
          {/* Busy while the list has yet to catch up with the search box (a deferred render)
              or the rest of the notes are read. */}
          <p
            className="all-notes__count"
            role="status"
            aria-busy={filter !== deferred || !complete}
          >
            {!complete
              ? t('allNotes.readingRest')
              : shown.length === notes.length
                ? t('allNotes.count', { count: notes.length })
                : t('allNotes.shown', { shown: shown.length, total: notes.length })}
          </p>
          {onExport && (
            <div className="all-notes__export" role="group" aria-label={t('allNotes.exportAs')}>
              {ALL_NOTES_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button"
                  disabled={!complete || shown.length === 0}
                  onClick={() => onExport(format, shown)}
                >
                  {t(`allNotes.formats.${format}`)}
                </button>
              ))}
            </div>
          )}
          {shown.length === 0 ? (
            <p className="notes__empty">{t('allNotes.noMatches')}</p>
          ) : (
            <NotesList
              records={shown}
              pinnedId={null}
              renderItem={(record) => {
                const document = documents.get(record.documentId);
                return document ? (
                  <AllNotesItem
                    record={record}
                    document={document}
                    href={noteHref(record.documentId, record.id)}
                    query={deferred.query}
                    groupStart={groupStarts?.has(record.id) ?? false}
                  />
                ) : null;
              }}
            />
          )}
        </>
      )}
    </main>
  );
}
