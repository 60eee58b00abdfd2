import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../document/use-document';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import type { AnnotationRecord } from '../storage/annotation-record';
import { formatShortDate } from '../i18n/format-short-date';

/** The trash: deleted highlights, each restorable or removable for good (after a confirmation). */
export function TrashSection({ trash }: { trash: readonly AnnotationRecord[] }) {
  const { t, i18n } = useTranslation();
  // Quotes are the document's text: its language and direction, whatever the UI's.
  const { meta } = useDocument();
  const { perform } = useAnnotationActions();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const headingId = useId();
  const listId = useId();

  return (
    <section className="notes__section" aria-labelledby={headingId}>
      <h3 className="notes__section-title">
        <button
          id={headingId}
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('notes.trash')}
        </button>
        <span className="notes__badge" aria-hidden="true">
          {trash.length}
        </span>
      </h3>
      <div id={listId} hidden={!open}>
        {trash.length === 0 ? (
          <p className="notes__empty">{t('notes.trashEmpty')}</p>
        ) : (
          <ul className="notes__list">
            {trash.map((record) => (
              <li
                key={record.id}
                className="note-card note-card--trashed"
                data-color={record.color}
              >
                <p className="note-card__quote" lang={meta.language} dir={meta.direction}>
                  {record.target.quote.exact}
                </p>
                {record.note && (
                  <p className="note-card__note" dir="auto">
                    {record.note}
                  </p>
                )}
                <p className="note-card__meta">
                  {t('notes.deletedOn', {
                    date: formatShortDate(record.deleted ?? '', i18n.language),
                  })}
                </p>
                <div className="note-card__actions">
                  {confirming === record.id ? (
                    <>
                      <span>{t('notes.confirmDeleteForever')}</span>
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => {
                          setConfirming(null);
                          void perform({ kind: 'purge', id: record.id }).catch(() => {});
                        }}
                      >
                        {t('notes.confirm')}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirming(null)}>
                        {t('notes.cancel')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          void perform({ kind: 'restore', id: record.id }).catch(() => {})
                        }
                      >
                        {t('notes.restore')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setConfirming(record.id)}
                      >
                        {t('notes.deleteForever')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
