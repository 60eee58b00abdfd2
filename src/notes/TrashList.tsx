import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../document/use-document';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import type { AnnotationRecord } from '../storage/annotation-record';
import { formatShortDate } from '../i18n/format-short-date';

/** The trash's deleted highlights, each restorable or removable for good (after a confirmation). */
export function TrashList({ trash }: { trash: readonly AnnotationRecord[] }) {
  const { t, i18n } = useTranslation();
  // Quotes are the document's text: its language and direction, whatever the UI's.
  const { meta } = useDocument();
  const { perform } = useAnnotationActions();
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <ul className="notes__list">
      {trash.map((record) => (
        <li key={record.id} className="note-card note-card--trashed" data-color={record.color}>
          {record.target && (
            <p className="note-card__quote" lang={meta.language} dir={meta.direction}>
              {record.target.quote.exact}
            </p>
          )}
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
                  onClick={() => void perform({ kind: 'restore', id: record.id }).catch(() => {})}
                >
                  {t('notes.restore')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(record.id)}>
                  {t('notes.deleteForever')}
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
