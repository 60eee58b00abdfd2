import { useId, type KeyboardEvent } from 'react';
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
  onNavigate: (e: KeyboardEvent) => void;
  notes: { count: number; excerpts: string[] } | undefined;
  onActivate: (eventId: string) => void;
  onShowNotes?: (eventId: string) => void;
  options: DateFormatOptions;
}

/**
 * One event: the gap since the previous dated one, a button named by date then title, the
 * summary, whether its passage is missing, and the notes made on that passage.
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
}: EventItemProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), summary: useId(), status: useId() };
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
        aria-describedby={found ? ids.summary : `${ids.status} ${ids.summary}`}
        onFocus={onFocus}
        onKeyDown={onNavigate}
        onClick={() => {
          // A passage that is gone has nowhere to go to; the button stays focusable for the list.
          if (found) onActivate(event.id);
        }}
      >
        <span className="timeline-event__date">
          {event.date ? formatEventDate(event.date, options) : t('timeline.undated')}
        </span>
        {/* Heard, not seen: date and title sit on two lines. The space stays outside the span,
            since accessible-name computation trims each element's text. */}
        <span className="timeline__sr-only">{t('timeline.separator')}</span>{' '}
        <span className="timeline-event__title" id={ids.title}>
          {event.title[lang]}
        </span>
      </button>
      {!found && (
        <p className="timeline-event__missing" id={ids.status}>
          {t('timeline.passageNotFound')}
        </p>
      )}
      <p className="timeline-event__summary" id={ids.summary}>
        {event.summary[lang]}
      </p>
      {notes && notes.count > 0 && (
        <div className="timeline-event__notes">
          <p className="timeline-event__notes-count">
            {t('timeline.notesCount', { count: notes.count, n: n(notes.count) })}
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
          {onShowNotes && (
            <button
              type="button"
              className="timeline-event__show-notes"
              tabIndex={tabbable ? 0 : -1}
              aria-describedby={ids.title}
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
