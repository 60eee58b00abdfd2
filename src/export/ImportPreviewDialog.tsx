import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../storage/annotation-record';
import { toStorageError } from '../storage/storage-error';
import type { ImportPlan } from './import-plan';
import { recordsToWrite } from './import-writes';
import { rejectReasonKey } from './import-messages';
import { ModalDialog } from './ModalDialog';

/** How many of the records to be written are listed; the rest are counted. */
const LISTED = 20;
const EXCERPT = 120;

interface ImportPreviewDialogProps {
  fileName: string;
  plan: ImportPlan;
  /** Writes the plan; rejects with the storage error when nothing could be written. */
  onApply: () => Promise<void>;
  onCancel: () => void;
  /** Where focus goes when the dialog closes (the file input). */
  returnFocus?: RefObject<HTMLElement | null>;
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
}

/**
 * What an import would do, before anything is written: counts of new, updated, unchanged and
 * left-out annotations, what will be written (quotes and notes shown as text, never markup),
 * and why each left-out item was refused. Apply writes all or nothing; a failure is shown here.
 */
export function ImportPreviewDialog({
  fileName,
  plan,
  onApply,
  onCancel,
  returnFocus,
}: ImportPreviewDialogProps) {
  const { t } = useTranslation();
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toWrite = recordsToWrite(plan);

  const apply = () => {
    setApplying(true);
    setError(null);
    onApply().catch((cause: unknown) => {
      const quota = toStorageError(cause).code === 'quota-exceeded';
      setError(t(quota ? 'exporting.applyFailedQuota' : 'exporting.applyFailed'));
      setApplying(false);
    });
  };

  const counts = [
    ['new', t('exporting.counts.new'), plan.counts.new],
    ['updated', t('exporting.counts.updated'), plan.counts.updated],
    ['unchanged', t('exporting.counts.unchanged'), plan.counts.unchanged],
    ['rejected', t('exporting.counts.rejected'), plan.counts.rejected],
  ] as const;

  return (
    <ModalDialog
      title={t('exporting.previewTitle')}
      onCancel={applying ? () => {} : onCancel}
      returnFocus={returnFocus}
    >
      <p className="import-preview__file">{t('exporting.previewFile', { file: fileName })}</p>
      <dl className="import-preview__counts">
        {counts.map(([key, label, count]) => (
          <div key={key} className={`import-preview__count import-preview__count--${key}`}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>

      {toWrite.length > 0 ? (
        <section className="import-preview__section">
          <h3>{t('exporting.toWrite')}</h3>
          <ul className="import-preview__list">
            {toWrite.slice(0, LISTED).map((record) => (
              <li key={record.id} data-color={record.color}>
                <span className="import-preview__quote" lang="ar" dir="rtl">
                  {excerpt(record.target.quote.exact)}
                </span>
                {record.note !== '' && (
                  <span className="import-preview__note" dir="auto">
                    {excerpt(record.note)}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {toWrite.length > LISTED && (
            <p>{t('exporting.more', { count: toWrite.length - LISTED })}</p>
          )}
        </section>
      ) : (
        <p className="import-preview__nothing">{t('exporting.nothingToApply')}</p>
      )}

      {plan.rejected.length > 0 && (
        <section className="import-preview__section">
          <h3>{t('exporting.rejectedTitle')}</h3>
          <ul className="import-preview__rejected">
            {plan.rejected.map(({ index, reason }) => (
              <li key={index}>
                {t('exporting.rejectedItem', {
                  number: index + 1,
                  reason: t(rejectReasonKey(reason), { max: MAX_NOTE_LENGTH }),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {error && (
        <p className="import-preview__error" role="alert">
          {error}
        </p>
      )}
      {applying && <p role="status">{t('exporting.applying')}</p>}

      <div className="modal__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={applying || toWrite.length === 0}
          onClick={apply}
        >
          {t('exporting.apply')}
        </button>
        <button type="button" className="button" disabled={applying} onClick={onCancel}>
          {t('exporting.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
