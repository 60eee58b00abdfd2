import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEventDate } from '../storage/timeline-event-record';
import { gapsBefore } from './event-gaps';
import { EventEditForm } from './EventEditForm';
import type { DateFormatOptions } from './format-event-date';
import { formatNumber } from './format-number';
import { formatProposalDate } from './format-own-date';
import { storedDateOf } from './own-timeline';
import type { ProposedEvent } from './propose-events';

interface ProposedGroupProps {
  proposals: ProposedEvent[];
  /** The document's text, language and direction: titles and dates are read from it. */
  text: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  options: DateFormatOptions;
  onAccept: (
    proposal: ProposedEvent,
    edits?: { title: string; date: StoredEventDate | null },
  ) => void;
  onDismiss: (proposal: ProposedEvent) => void;
}

/**
 * The events proposed from the document's text, in date order with the days between them:
 * each with Accept, Dismiss and Edit (its title and date, then accept). A named group.
 */
export function ProposedGroup({
  proposals,
  text,
  lang,
  dir,
  options,
  onAccept,
  onDismiss,
}: ProposedGroupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const gaps = gapsBefore(proposals);
  const n = (count: number) => formatNumber(count, options);

  return (
    <section className="timeline-proposed" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="timeline-proposed__heading">
        {t('ownTimeline.proposed')}
      </h3>
      <p className="timeline-proposed__help">{t('ownTimeline.proposedHelp')}</p>
      <ol className="timeline__list">
        {proposals.map((proposal, i) => {
          const gap = gaps[i] ?? null;
          const titleId = `${headingId}-${proposal.id}`;
          return (
            <li key={proposal.id} className="timeline-event timeline-event--proposed">
              {gap !== null && (
                <p className="timeline-event__gap">
                  {t(gap < 0 ? 'timeline.gapEarlier' : 'timeline.gap', {
                    count: Math.abs(gap),
                    n: n(Math.abs(gap)),
                  })}
                </p>
              )}
              <p className="timeline-event__date">
                {formatProposalDate(proposal, options) ?? t('timeline.undated')}
              </p>
              <p className="timeline-event__title" id={titleId} lang={lang} dir={dir}>
                {proposal.title}
              </p>
              {editing === proposal.id ? (
                <EventEditForm
                  title={proposal.title}
                  date={storedDateOf(proposal, text)}
                  lang={lang}
                  dir={dir}
                  saveLabel={t('ownTimeline.accept')}
                  onSave={(edits) => {
                    setEditing(null);
                    onAccept(proposal, edits);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="timeline-event__actions">
                  <button
                    type="button"
                    className="button"
                    aria-describedby={titleId}
                    onClick={() => onAccept(proposal)}
                  >
                    {t('ownTimeline.accept')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-describedby={titleId}
                    onClick={() => onDismiss(proposal)}
                  >
                    {t('ownTimeline.dismiss')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-describedby={titleId}
                    onClick={() => setEditing(proposal.id)}
                  >
                    {t('ownTimeline.edit')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
