import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../document/article-document';
import { referenceDate } from '../document/document-meta';
import type { StoredEventDate, TimelineEventRecord } from '../storage/timeline-event-record';
import { useNotices } from '../ui/NoticeProvider';
import { EventEditForm } from './EventEditForm';
import { gapsBefore } from './event-gaps';
import { eventFromSelection } from './event-from-selection';
import { EventList, type EventListShared } from './EventList';
import { formatStoredDate } from './format-own-date';
import { acceptProposal, asResolvedEvent, openProposals, placeEvents } from './own-timeline';
import { proposeEvents, type ProposedEvent } from './propose-events';
import { ProposedGroup } from './ProposedGroup';
import type { ResolvedEvent } from './resolve-events';
import { useOwnTimeline } from './use-own-timeline';
import './own-timeline.css';

/** A selection the reader asked to add to the timeline; a new `key` is a new request. */
export interface AddToTimelineRequest {
  /** The document the selection was made in: another document's timeline ignores it. */
  documentId: string;
  range: TextRange;
  key: number;
}

/** A document's own events: anchored (for passages and scroll-spy) and as stored (exports). */
export interface OwnEvents {
  events: ResolvedEvent[];
  records: TimelineEventRecord[];
}

export interface DocumentTimelineProps extends EventListShared {
  doc: Pick<ArticleDocument, 'meta' | 'text'> & Partial<Pick<ArticleDocument, 'blocks'>>;
  /** Told the stored events whenever they change. */
  onEvents: (own: OwnEvents) => void;
  addRequest: AddToTimelineRequest | null;
}

/**
 * The timeline of a document without a curated one: the reader's events (accepted and added),
 * anchored like highlights and linked with their passages, each with Edit event; then the
 * events proposed from the text, to accept, dismiss or edit. Loaded only for such documents.
 */
export function DocumentTimeline({ doc, onEvents, addRequest, ...shared }: DocumentTimelineProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const { meta, text, blocks } = doc;
  const { data, failed, actions } = useOwnTimeline(meta.id);
  const [editing, setEditing] = useState<string | null>(null);
  const lang = meta.language;
  const dir = meta.direction;

  const proposals = useMemo(
    () => proposeEvents(text, blocks, { language: meta.language, published: referenceDate(meta) }),
    [text, blocks, meta],
  );
  const placed = useMemo(() => placeEvents(data?.events ?? [], text), [data, text]);
  const resolved = useMemo(() => placed.map(asResolvedEvent), [placed]);
  const open = useMemo(
    () => (data ? openProposals(proposals, data.events, data.dismissed) : []),
    [proposals, data],
  );
  useEffect(
    () => onEvents({ events: resolved, records: data?.events ?? [] }),
    [onEvents, resolved, data],
  );

  const saveFailed = () => notices.error(t('ownTimeline.saveFailed'));
  const run = (write: Promise<void> | undefined) => void write?.catch(saveFailed);

  // "Add to timeline" from the selection toolbar: stored at once, then opened for editing.
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!addRequest || !actions || handled.current === addRequest.key) return;
    if (addRequest.documentId !== meta.id) return;
    handled.current = addRequest.key;
    const record = eventFromSelection(text, blocks, addRequest.range, {
      language: meta.language,
      published: referenceDate(meta),
      documentId: meta.id,
      now: new Date().toISOString(),
    });
    actions.add(record).then(
      () => {
        setEditing(record.id);
        notices.info(t('ownTimeline.added'));
      },
      () => notices.error(t('ownTimeline.saveFailed')),
    );
  }, [addRequest, actions, text, blocks, meta, notices, t]);

  const accept = (
    proposal: ProposedEvent,
    edits?: { title: string; date: StoredEventDate | null },
  ) => run(actions?.add(acceptProposal(proposal, meta.id, text, new Date().toISOString(), edits)));

  if (failed) return <p role="alert">{t('ownTimeline.loadFailed')}</p>;
  if (!data) {
    return (
      <p className="timeline__status" role="status">
        {t('timeline.loading')}
      </p>
    );
  }

  const byId = new Map(placed.map((p) => [p.record.id, p.record]));
  return (
    <>
      {resolved.length === 0 && open.length === 0 && (
        <p className="timeline__status">{t('ownTimeline.empty')}</p>
      )}
      {resolved.length > 0 && (
        <EventList
          label={t('timeline.events')}
          entries={resolved}
          gaps={gapsBefore(resolved.map((r) => r.event))}
          missingLabel={t('ownTimeline.unanchored')}
          dateText={(id) => formatStoredDate(byId.get(id)?.date ?? null, shared.options)}
          actions={(id, titleId) => {
            const record = byId.get(id);
            if (!record) return null;
            return editing === id ? (
              <EventEditForm
                title={record.title}
                date={record.date}
                lang={lang}
                dir={dir}
                saveLabel={t('ownTimeline.save')}
                onSave={(change) => {
                  setEditing(null);
                  run(actions?.edit(id, change));
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="timeline-event__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('ownTimeline.editEvent')}
                  aria-describedby={titleId}
                  onClick={() => setEditing(id)}
                >
                  {t('ownTimeline.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('ownTimeline.removeEvent')}
                  aria-describedby={titleId}
                  onClick={() => run(actions?.remove(id))}
                >
                  {t('ownTimeline.remove')}
                </button>
              </div>
            );
          }}
          {...shared}
        />
      )}
      {open.length > 0 && (
        <ProposedGroup
          proposals={open}
          text={text}
          lang={lang}
          dir={dir}
          options={shared.options}
          onAccept={accept}
          onDismiss={(proposal) => run(actions?.dismiss(proposal.id))}
        />
      )}
    </>
  );
}
