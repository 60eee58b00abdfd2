import type { ParseKeys } from 'i18next';
import { lazy, memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterTranslations } from '../i18n/later-translations';
import type { ArticleDocument } from '../document/article-document';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ContextGroup } from './ContextGroup';
import type { AddToTimelineRequest, OwnEvents } from './DocumentTimeline';
import { gapsBefore } from './event-gaps';
import { EventList, type EventListShared } from './EventList';
import type { DateFormatOptions } from './format-event-date';
import { TimelineDisplayControls } from './TimelineDisplayControls';
import type { TimelineFailureCode } from './timeline-query';
import { useTimeline } from './use-timeline-events';
import { useTimelineSettings } from './use-timeline-settings';
import './timeline.css';

// A document without a curated timeline gets the reader's own, proposed from its text: the
// date extractor and the store's timeline load with it, never for the built-in article.
const DocumentTimeline = lazy(() =>
  withLaterTranslations(import('./DocumentTimeline')).then((m) => ({
    default: m.DocumentTimeline,
  })),
);

/** What the notes sidebar holds for one event's passage (see `event-notes.ts`). */
export interface EventNotesSummary {
  count: number;
  excerpts: string[];
}

export interface TimelinePanelProps {
  /** The document whose timeline is shown; events are anchored in its text. */
  doc: Pick<ArticleDocument, 'meta' | 'text'> & Partial<Pick<ArticleDocument, 'blocks'>>;
  /** The event being read (scroll-spy), shown with `aria-current`. */
  currentEventId: string | null;
  /** Called when the reader activates an event whose passage was found. */
  onActivate: (eventId: string) => void;
  /** Annotations on each event's passage; events without an entry have none. */
  notesByEvent: ReadonlyMap<string, EventNotesSummary>;
  /** Filters the notes sidebar by an event; without it no "show notes" button is drawn. */
  onShowNotes?: (eventId: string) => void;
  /** Told the reader's own events for a document without a curated timeline. */
  onOwnEvents?: (own: OwnEvents) => void;
  /** A selection to add to the reader's own timeline ("Add to timeline"). */
  addRequest?: AddToTimelineRequest | null;
}

const ignoreEvents = () => {};

const ERROR_KEYS = {
  'timeline-missing': 'timeline.errors.missing',
  'timeline-invalid': 'timeline.errors.invalid',
  unknown: 'timeline.errors.unknown',
} as const satisfies Record<TimelineFailureCode, ParseKeys>;

/**
 * The timeline sidebar's content: date display settings (Arabic UI only), the events in
 * narrative order with the days between them, and the background items in a collapsed group.
 * A missing or broken timeline file shows an alert here and leaves the article alone. Memoised:
 * a keystroke in the notes search re-renders the reader, not the timeline.
 */
export const TimelinePanel = memo(function TimelinePanel({
  doc,
  currentEventId,
  onActivate,
  notesByEvent,
  onShowNotes,
  onOwnEvents = ignoreEvents,
  addRequest = null,
}: TimelinePanelProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const [display, setDisplay] = useTimelineSettings();
  const state = useTimeline(doc);

  if (state.status === 'pending') {
    return (
      <p className="timeline__status" role="status">
        {t('timeline.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="timeline__error">
        <p role="alert">{t(ERROR_KEYS[state.code])}</p>
        {/* A broken file stays broken; only a failed load is worth another try. */}
        {state.code !== 'timeline-invalid' && (
          <button type="button" className="button" onClick={state.retry}>
            {t('timeline.retry')}
          </button>
        )}
      </div>
    );
  }

  const options: DateFormatOptions = { uiLanguage: language, ...display };
  const shared: EventListShared = {
    currentEventId,
    onActivate,
    notesByEvent,
    onShowNotes,
    options,
  };
  return (
    <div className="timeline">
      {/* Month systems and digits only exist in Arabic; English dates have one form. */}
      {language === 'ar' && <TimelineDisplayControls value={display} onChange={setDisplay} />}
      {!state.curated && !doc.meta.builtIn && (
        // DocumentTimeline says it is loading once its code is in; that is a moment at most.
        <Suspense fallback={null}>
          <DocumentTimeline doc={doc} onEvents={onOwnEvents} addRequest={addRequest} {...shared} />
        </Suspense>
      )}
      {state.curated && state.all.length === 0 && (
        <p className="timeline__status">{t('timeline.empty')}</p>
      )}
      {state.main.length > 0 && (
        <EventList
          label={t('timeline.events')}
          entries={state.main}
          gaps={gapsBefore(state.main.map((r) => r.event))}
          {...shared}
        />
      )}
      {state.context.length > 0 && <ContextGroup entries={state.context} {...shared} />}
    </div>
  );
});
