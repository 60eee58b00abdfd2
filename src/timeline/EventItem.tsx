import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate, type DateFormatOptions } from './format-event-date';
import { formatNumber } from './format-number';
import type { ResolvedEvent } from './resolve-events';

interface EventItemProps {
  entry: ResolvedEvent;
  /** Days since the previous dated event, or null for no label. */
  gap: number | null;
  current: boolean;
  /** The list's one tab stop. */
  tabbable: boolean;
  onFocus: () => void;
  /** Up/Down/Home/End from this event (or its show-notes button) to another event. */
  onNavigate: (e: KeyboardEvent) => void;
  notes: { count: number; excerpts: string[] } | undefined;
  onActivate: (eventId: string) => void;
  onShowNotes?: (eventId: string) => void;
  options: DateFormatOptions;
  /** Said of an event whose passage is not found; "Passage not found" by default. */
  missingLabel?: string;
  /** The date as written for the reader, when the caller words it (a Hijri date as Hijri). */
  dateLabel?: string | null;
  /** Controls drawn after the summary (a document's own timeline: Edit event), given the
   * title's element id for their descriptions. */
  actions?: (titleId: string) => ReactNode;
}

const SIDEWAYS = ['ArrowLeft', 'ArrowRight'];

/**
 * One event: the gap since the previous dated one, a button named by date then title, the
 * summary, whether its passage is missing, and the notes made on that passage. Its show-notes
 * button is no tab stop of its own (the list is one): Left or Right moves between it and the
 * event, as between the cells of a row.
 */
export function EventItem({
  entry: { event, range },
  gap,
  current,
  tabbable,
  onFocus,
  onNavigate,
  notes,
  onActivate,
  onShowNotes,
  options,
  missingLabel,
  dateLabel,
  actions,
}: EventItemProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), summary: useId(), status: useId(), notes: useId() };
  const eventRef = useRef<HTMLButtonElement>(null);
  const showNotesRef = useRef<HTMLButtonElement>(null);
  const lang = options.uiLanguage;
  const found = range !== null;
  const n = (count: number) => formatNumber(count, options);
  const gapLabel =
    gap === null
      ? null
      : t(gap < 0 ? 'timeline.gapEarlier' : 'timeline.gap', {
          count: Math.abs(gap),
          n: n(Math.abs(gap)),
        });

  const classes = ['timeline-event', `timeline-event--${event.kind}`];
  if (!event.date) classes.push('timeline-event--undated');
  if (!found) classes.push('timeline-event--missing');
  if (current) classes.push('is-current');

  const hasNotes = notes !== undefined && notes.count > 0;
  const canShowNotes = hasNotes && onShowNotes !== undefined;
  const summary = event.summary[lang];
  const describedBy = [
    found ? null : ids.status,
    summary ? ids.summary : null,
    hasNotes ? ids.notes : null,
  ].filter((id) => id !== null);
  // From either button of the row, a sideways arrow goes to the other one.
  const onKeyDown = (to: HTMLButtonElement | null) => (e: KeyboardEvent) => {
    if (SIDEWAYS.includes(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      if (!to) return;
      e.preventDefault();
      to.focus();
    } else onNavigate(e);
  };

  return (
    <li className={classes.join(' ')}>
      {gapLabel && <p className="timeline-event__gap">{gapLabel}</p>}
      <button
        type="button"
        className="timeline-event__button"
        data-event-id={event.id}
        tabIndex={tabbable ? 0 : -1}
        aria-current={current ? 'true' : undefined}
        aria-disabled={found ? undefined : true}
        aria-describedby={describedBy.join(' ') || undefined}
        ref={eventRef}
        onFocus={onFocus}
        onKeyDown={(e) => onKeyDown(showNotesRef.current)(e)}
        onClick={() => {
          // A passage that is gone has nowhere to go to; the button stays focusable for the list.
          if (found) onActivate(event.id);
        }}
      >
        <span className="timeline-event__date">
          {dateLabel ??
            (event.date ? formatEventDate(event.date, options) : null) ??
            t('timeline.undated')}
        </span>
        {/* Heard, not seen: date and title sit on two lines. The space stays outside the span,
            since accessible-name computation trims each element's text. */}
        <span className="visually-hidden">{t('timeline.separator')}</span>{' '}
        <span className="timeline-event__title" id={ids.title}>
          {event.title[lang]}
        </span>
      </button>
      {!found && (
        <p className="timeline-event__missing" id={ids.status}>
          {missingLabel ?? t('timeline.passageNotFound')}
        </p>
      )}
      {summary && (
        <p className="timeline-event__summary" id={ids.summary}>
          {summary}
        </p>
      )}
      {actions?.(ids.title)}
      {hasNotes && (
        <div className="timeline-event__notes">
          <p className="timeline-event__notes-count" id={ids.notes}>
            {t('timeline.notesCount', { count: notes.count, n: n(notes.count) })}
            {canShowNotes && (
              <span className="timeline-event__keys visually-hidden">
                {t('timeline.separator')} {t('timeline.showNotesKeys')}
              </span>
            )}
          </p>
          {notes.excerpts.length > 0 && (
            <ul className="timeline-event__excerpts">
              {notes.excerpts.map((excerpt, i) => (
                // Excerpts can repeat (two highlights on one quote); position is their identity.
                // <bdi>: a note in either language keeps its own direction, lined up with the panel.
                <li key={i}>
                  <bdi>{excerpt}</bdi>
                </li>
              ))}
            </ul>
          )}
          {canShowNotes && (
            <button
              type="button"
              className="timeline-event__show-notes"
              ref={showNotesRef}
              tabIndex={-1}
              aria-describedby={ids.title}
              onFocus={onFocus}
              onKeyDown={(e) => {
                // Shift+Tab leaves the list, as from the event: start it from the event.
                if (e.key === 'Tab' && e.shiftKey) eventRef.current?.focus();
                else onKeyDown(eventRef.current)(e);
              }}
              onClick={() => onShowNotes(event.id)}
            >
              {t('timeline.showNotes')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
