import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import { useStoreState } from '../annotations/AnnotationStoreProvider';
import { useAnnotationSets } from '../annotations/use-annotation-sets';
import { useCopyQuote } from '../annotations/use-copy-quote';
import type { ArticleDocument } from '../document/article-document';
import { ArticleView } from '../document/ArticleView';
import { passageElementId } from '../document/text-decorations';
import { createDecorationGrouper } from '../document/group-decorations';
import { useReadingPosition } from '../document/use-reading-position';
import { DocumentContext } from '../document/use-document';
import { focusHighlight } from '../highlights/focus-highlight';
import { highlightDecorations } from '../highlights/highlight-decorations';
import { useKeepHighlightFocus } from '../highlights/use-keep-highlight-focus';
import { useKeyboardSelection } from '../highlights/use-keyboard-selection';
import { useSelectionIntent } from '../highlights/use-selection-intent';
import { useUndoShortcut } from '../highlights/use-undo-shortcut';
import type { AnnotationFilter } from '../notes/filter-annotations';
import { NotesPanel } from '../notes/NotesPanel';
import { useReadingSettings } from '../settings/SettingsProvider';
import type { TextRange } from '../anchoring/selectors';
import type { AnnotationRecord } from '../storage/annotation-record';
import { notesByEvent } from '../timeline/event-notes';
import type { AddToTimelineRequest, OwnEvents } from '../timeline/DocumentTimeline';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { useCurrentEvent } from '../timeline/use-current-event';
import { useTimelineEvents } from '../timeline/use-timeline-events';
import { FindBar } from '../search/FindBar';
import { FindButton } from '../search/FindButton';
import { hitDecorations } from '../search/hit-decorations';
import { scrollCurrentHitIntoView } from '../search/scroll-to-hit';
import { useFind } from '../search/use-find';
import { useFindShortcut } from '../search/use-find-shortcut';
import { useSelectAfterFind } from '../search/use-select-after-find';
import { reveal } from '../ui/reveal';
import { whenElement } from '../ui/when-element';
import { HeaderSlot } from './HeaderSlot';
import { PanelTabs, type PanelId } from './PanelTabs';
import { ResumeNote } from './ResumeNote';
import { Sidebar } from './Sidebar';
import { hasStorageProblem } from './storage-problem';
import { useArticleActivation } from './use-article-activation';
import { useHydrated } from './use-hydrated';
import { usePerformanceMarks } from './use-performance-marks';
import { useArticleDates } from './use-article-dates';
import { useLocationTarget } from './use-location-target';
import { useNotesScope } from './use-notes-scope';
import { LazyNotesTools } from './LazyNotesTools';
import { withLaterTranslations } from '../i18n/later-translations';

// Export, import and backups appear after hydration: they depend on what the device stores, so
// they are not in the prerendered HTML. (The timeline panel is, so it is part of the first load.)
// Their code loads when used (LazyNotesTools), the reminder's on a visit after the first.
const LibraryBackupReminder = lazy(() =>
  withLaterTranslations(import('./LibraryBackupReminder')).then((m) => ({
    default: m.LibraryBackupReminder,
  })),
);
// Said only when the notes are not safe (memory only, another tab, a newer version): rare.
const StorageBanner = lazy(() =>
  withLaterTranslations(import('./StorageBanner')).then((m) => ({ default: m.StorageBanner })),
);
// Turning selections into highlights (the toolbar, its keys, describing the range) loads with
// the first selection in the article.
const loadHighlightController = () =>
  withLaterTranslations(import('../highlights/HighlightController'));
const HighlightController = lazy(() =>
  loadHighlightController().then((m) => ({ default: m.HighlightController })),
);
const preloadHighlightController = () => void loadHighlightController();

/**
 * The loaded document with its highlights, toolbar, timeline and notes. Every feature gets the
 * document from here (prop or {@link DocumentContext}), never from where it was loaded.
 */
export function Reader({
  doc,
  headerSlot,
}: {
  doc: ArticleDocument;
  /** Where in the header the reader puts its Find button. */
  headerSlot: HTMLElement | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ar';
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const [openPanel, setOpenPanel] = useState<PanelId | null>(null);
  const storeState = useStoreState();
  const storageProblem = hasStorageProblem(storeState);
  // A library this visit created holds nothing a week old, and memory keeps nothing: the
  // reminder's code waits for a later visit, where it counts changes across the library.
  const mayRemind =
    storeState.status === 'ready' &&
    !storeState.fresh &&
    storeState.store.persistence === 'indexeddb';
  const closePanel = useCallback(() => setOpenPanel(null), []);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const [notesEventId, setNotesEventId] = useState<string | null>(null);
  const [notesFilter, setNotesFilter] = useState<AnnotationFilter>({});
  const sets = useAnnotationSets(doc);
  const { edit } = useActiveAnnotation();
  const { settings } = useReadingSettings();
  const hydrated = useHydrated();
  useUndoShortcut();
  // Shift+arrows from the first key (the highlight code below only loads with a selection).
  useKeyboardSelection(article);
  const selecting = useSelectionIntent(article, preloadHighlightController);

  // Find in the article: Ctrl/Cmd+F or the header's button; hits marked, the current one in view.
  const find = useFind(doc.text);
  useFindShortcut(find);
  const { hits: findHits, current: findCurrent } = find;
  useEffect(() => {
    if (article) scrollCurrentHitIntoView(article, findCurrent);
  }, [article, findHits, findCurrent]);
  const onFindClose = useSelectAfterFind(article, find.open);

  // Timeline: events anchored in the text, the one being read, and the notes on each passage.
  // A document without a curated timeline has the reader's own (its panel reports them).
  const curatedEvents = useTimelineEvents(doc);
  const [own, setOwn] = useState<OwnEvents>({ events: [], records: [] });
  const events = curatedEvents.length > 0 ? curatedEvents : own.events;
  const [addRequest, setAddRequest] = useState<AddToTimelineRequest | null>(null);
  const documentId = doc.meta.id;
  const addToTimeline = useCallback(
    (range: TextRange) => {
      setAddRequest((previous) => ({ documentId, range, key: (previous?.key ?? 0) + 1 }));
      setOpenPanel('timeline');
    },
    [documentId],
  );
  const eventIds = useMemo(() => events.map((e) => e.event.id), [events]);
  const currentEventId = useCurrentEvent(article, eventIds);
  const eventNotes = useMemo(() => notesByEvent(events, sets.anchored), [events, sets.anchored]);

  // An address that points into the article (#b7, a quote link, a highlight) wins over the
  // saved position, unless what it names is not there (known only once the store has answered:
  // a store that failed says nothing about the highlight).
  // Asked once, and only by a #highlight= link: no set of 20,000 ids on every load.
  const drawnHighlights = useMemo(
    () =>
      sets.isSuccess
        ? { has: (id: string) => sets.anchored.some((a) => a.record.id === id) }
        : null,
    [sets.isSuccess, sets.anchored],
  );
  const { target, linkedQuote, unresolved } = useLocationTarget(doc, article, drawnHighlights);
  const restored = useReadingPosition(doc, article, target !== null && !unresolved);

  const dates = useArticleDates(doc);
  const passages = useMemo(
    () =>
      events.flatMap(({ event, range }) =>
        range
          ? [
              {
                key: event.id,
                ...range,
                markerLabel: t('timeline.marker', { title: event.title[language] }),
                selected: event.id === selectedEventId,
              },
            ]
          : [],
      ),
    [events, selectedEventId, t, language],
  );
  // Unchanged blocks keep identical decorations across renders, so they skip re-rendering; an
  // unchanged layer (the same array) is not even regrouped.
  const grouper = useMemo(() => createDecorationGrouper(doc.blocks), [doc.blocks]);
  const highlights = useMemo(() => highlightDecorations(sets.anchored), [sets.anchored]);
  const decorations = useMemo(
    () =>
      grouper.group({
        highlights,
        hits: [
          ...(linkedQuote ? [{ key: 'quote-link', ...linkedQuote, current: true }] : []),
          ...hitDecorations(findHits, findCurrent),
        ],
        dates,
        passages,
      }),
    [grouper, highlights, dates, linkedQuote, passages, findHits, findCurrent],
  );

  useKeepHighlightFocus(article, decorations);
  // Cards offer Copy quote as soon as there are highlights: have its code ready for the click.
  const copyQuote = useCopyQuote(doc, sets.anchored.length > 0);
  const copyRecordQuote = useCallback(
    (record: AnnotationRecord) => {
      // A document-level note has no quote (its card offers no Copy quote).
      if (record.target) void copyQuote(record.target);
    },
    [copyQuote],
  );
  usePerformanceMarks(article !== null, !sets.isPending);

  // Opening an editor also opens the notes drawer it lives in (on a phone).
  const openEditor = useCallback(
    (id: string) => {
      edit(id);
      setOpenPanel('notes');
    },
    [edit],
  );
  const selectEventInTimeline = useCallback((eventId: string) => {
    setSelectedEventId(eventId);
    setOpenPanel('timeline');
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`#timeline button[data-event-id="${CSS.escape(eventId)}"]`)
        ?.focus(),
    );
  }, []);
  useArticleActivation(article, { onHighlight: openEditor, onEventMarker: selectEventInTimeline });

  const goToHighlight = useCallback(
    (id: string) => {
      setOpenPanel(null);
      if (article) focusHighlight(article, id);
    },
    [article],
  );
  const goToEvent = useCallback((eventId: string) => {
    setSelectedEventId(eventId);
    setOpenPanel(null);
    const passage = document.getElementById(passageElementId(eventId));
    if (passage) reveal(passage);
  }, []);
  // The memory-only banner's "Export notes": open the notes panel at its Export menu (which
  // may still be loading).
  const showExport = useCallback(() => {
    setOpenPanel('notes');
    whenElement('#notes button[aria-haspopup="menu"]', (button) => {
      button.focus();
      button.click();
    });
  }, []);
  const showEventNotes = useCallback((eventId: string) => {
    setNotesEventId(eventId);
    setOpenPanel('notes');
  }, []);

  const notesEvent = events.find((e) => e.event.id === notesEventId)?.event;
  const liveCount = sets.anchored.length + sets.orphans.length;
  const { records } = sets;
  const { scope, scopeIds, eventFor } = useNotesScope(
    sets,
    events,
    eventNotes,
    notesFilter,
    notesEventId,
    language,
  );

  return (
    <DocumentContext value={doc}>
      {storageProblem && (
        <Suspense fallback={null}>
          <StorageBanner onExport={showExport} />
        </Suspense>
      )}
      <HeaderSlot target={headerSlot}>
        <FindButton find={find} />
      </HeaderSlot>
      <FindBar find={find} returnFocusTo={article} onClose={onFindClose} />
      {restored && <ResumeNote onBackToStart={() => window.scrollTo({ top: 0 })} />}
      <div className="layout">
        <main id="main" className="layout__main" tabIndex={-1}>
          <ArticleView
            document={doc}
            decorations={decorations}
            showHarakat={settings.showHarakat}
            ref={setArticle}
          />
          {selecting && (
            <Suspense fallback={null}>
              <HighlightController
                doc={doc}
                article={article}
                keepExact={!settings.snapToWords}
                firstExact={selecting === 'exact'}
                onOpenEditor={openEditor}
                onAddToTimeline={doc.meta.builtIn ? undefined : addToTimeline}
              />
            </Suspense>
          )}
        </main>
        <Sidebar
          id="timeline"
          title={t('layout.timeline')}
          open={openPanel === 'timeline'}
          onClose={closePanel}
        >
          <TimelinePanel
            doc={doc}
            currentEventId={currentEventId}
            onActivate={goToEvent}
            notesByEvent={eventNotes}
            onShowNotes={showEventNotes}
            onOwnEvents={setOwn}
            addRequest={addRequest}
          />
        </Sidebar>
        <Sidebar
          id="notes"
          title={t('layout.notes')}
          subtitle={t('notes.count', { count: liveCount })}
          open={openPanel === 'notes'}
          onClose={closePanel}
        >
          <NotesPanel
            sets={sets}
            onGoTo={goToHighlight}
            filter={notesFilter}
            onFilterChange={setNotesFilter}
            onCopyQuote={copyRecordQuote}
            tools={
              hydrated && (
                <>
                  {mayRemind && (
                    <Suspense fallback={null}>
                      <LibraryBackupReminder doc={doc} records={records} />
                    </Suspense>
                  )}
                  <LazyNotesTools
                    doc={doc}
                    records={records}
                    scopeIds={scopeIds}
                    eventFor={eventFor}
                    timeline={own.records}
                  />
                </>
              )
            }
            scope={scope}
            extraFilterLabel={
              notesEvent ? t('notes.eventFilter', { title: notesEvent.title[language] }) : undefined
            }
            onClearExtraFilter={() => setNotesEventId(null)}
          />
        </Sidebar>
      </div>
      <PanelTabs open={openPanel} onToggle={(id) => setOpenPanel((o) => (o === id ? null : id))} />
    </DocumentContext>
  );
}
