import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../storage/annotation-record';
import type { ImportControl } from '../storage/annotation-store';
import { toStorageError } from '../storage/storage-error';
import type { ImportPlan } from './import-plan';
import { QuotaRefusal } from './import-quota';
import type { ImportStep } from './import-steps';
import { recordsToWrite } from './import-writes';
import { rejectReasonKey } from './import-messages';
import type { ImportNotice } from './import-types';
import { ImportProgress } from './ImportProgress';
import { ModalDialog } from '../ui/ModalDialog';

/** How many of the records to be written are listed; the rest are counted. */
const LISTED = 20;
/** How many left-out items are listed with their reason; the rest are counted. */
const LISTED_REJECTED = 50;
const EXCERPT = 120;
const MEGABYTE = 1024 * 1024;

interface ImportPreviewDialogProps {
  fileName: string;
  plan: ImportPlan;
  /** Items read all the same that the reader should know about (a CSV row's other title). */
  notices: readonly ImportNotice[];
  /**
   * Writes the plan, reporting progress and stopping when `control.signal` is aborted; rejects
   * when nothing was written (a storage error, or a {@link QuotaRefusal} before any write).
   */
  onApply: (control: ImportControl) => Promise<void>;
  onCancel: () => void;
  /** The reader cancelled while saving, and the store rolled the import back. */
  onCancelled: () => void;
  /** Where focus goes when the dialog closes (the file input). */
  returnFocus?: RefObject<HTMLElement | null>;
}

interface Saving {
  step: ImportStep;
  cancelling: boolean;
}

const megabytes = (bytes: number) => (bytes / MEGABYTE).toFixed(1);

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
}

/**
 * What an import would do, before anything is written: counts of new, updated, unchanged and
 * left-out annotations, what will be written (quotes and notes shown as text, never markup),
 * and why each left-out item was refused. Apply writes all or nothing, with a progress bar and
 * Cancel (or Escape) that rolls it back; a failure, or a file too big for the free storage, is
 * shown here.
 */
export function ImportPreviewDialog({
  fileName,
  plan,
  notices,
  onApply,
  onCancel,
  onCancelled,
  returnFocus,
}: ImportPreviewDialogProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState<Saving | null>(null);
  const [error, setError] = useState<string | null>(null);
  const writeControl = useRef<AbortController | null>(null);
  const toWrite = recordsToWrite(plan);

  const apply = () => {
    const controller = new AbortController();
    writeControl.current = controller;
    setSaving({ step: { phase: 'saving', done: 0, total: toWrite.length }, cancelling: false });
    setError(null);
    const onProgress = ({ done, total }: { done: number; total: number }) =>
      setSaving((current) => current && { ...current, step: { phase: 'saving', done, total } });
    onApply({ signal: controller.signal, onProgress }).catch((cause: unknown) => {
      writeControl.current = null;
      if (controller.signal.aborted) return onCancelled();
      setSaving(null);
      if (cause instanceof QuotaRefusal) {
        const { needed, available } = cause.shortfall;
        setError(
          t('exporting.quotaTooSmall', {
            needed: megabytes(needed),
            available: megabytes(available),
          }),
        );
        return;
      }
      const quota = toStorageError(cause).code === 'quota-exceeded';
      setError(t(quota ? 'exporting.applyFailedQuota' : 'exporting.applyFailed'));
    });
  };

  const cancelSaving = () => {
    writeControl.current?.abort();
    setSaving((current) => current && { ...current, cancelling: true });
  };

  const counts = [
    ['new', t('exporting.counts.new'), plan.counts.new],
    ['updated', t('exporting.counts.updated'), plan.counts.updated],
    ['unchanged', t('exporting.counts.unchanged'), plan.counts.unchanged],
    ['rejected', t('exporting.counts.rejected'), plan.counts.rejected],
  ] as const;
  // Of those to write, how many are notes on the whole page (a Hypothesis page note).
  const pageNotes = toWrite.filter((record) => record.target === null).length;

  return (
    <ModalDialog
      title={t('exporting.previewTitle')}
      onCancel={saving ? cancelSaving : onCancel}
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
        {pageNotes > 0 && (
          <div className="import-preview__count import-preview__count--page-notes">
            <dt>{t('exporting.counts.documentNotes')}</dt>
            <dd>{pageNotes}</dd>
          </div>
        )}
      </dl>

      {toWrite.length > 0 ? (
        <section className="import-preview__section">
          <h3>{t('exporting.toWrite')}</h3>
          <ul className="import-preview__list">
            {toWrite.slice(0, LISTED).map((record) => (
              <li key={record.id} data-color={record.color}>
                {record.target ? (
                  <span className="import-preview__quote" lang="ar" dir="rtl">
                    {excerpt(record.target.quote.exact)}
                  </span>
                ) : (
                  <span className="import-preview__quote">{t('exporting.pageNote')}</span>
                )}
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
            {plan.rejected.slice(0, LISTED_REJECTED).map(({ index, reason }) => (
              <li key={index}>
                {t('exporting.rejectedItem', {
                  number: index + 1,
                  reason: t(rejectReasonKey(reason), { max: MAX_NOTE_LENGTH }),
                })}
              </li>
            ))}
          </ul>
          {plan.rejected.length > LISTED_REJECTED && (
            <p>{t('exporting.more', { count: plan.rejected.length - LISTED_REJECTED })}</p>
          )}
        </section>
      )}

      {notices.length > 0 && (
        <section className="import-preview__section">
          <h3>{t('exporting.titleDiffersTitle')}</h3>
          <ul className="import-preview__rejected">
            {notices.slice(0, LISTED_REJECTED).map(({ index, title }) => (
              <li key={index}>{t('exporting.titleDiffersItem', { number: index + 1, title })}</li>
            ))}
          </ul>
          {notices.length > LISTED_REJECTED && (
            <p>{t('exporting.more', { count: notices.length - LISTED_REJECTED })}</p>
          )}
        </section>
      )}

      {error && (
        <p className="import-preview__error" role="alert">
          {error}
        </p>
      )}
      {saving ? (
        <ImportProgress
          fileName={fileName}
          step={saving.step}
          onCancel={cancelSaving}
          cancelling={saving.cancelling}
          focusCancel
        />
      ) : (
        <div className="modal__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={toWrite.length === 0}
            onClick={apply}
          >
            {t('exporting.apply')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('exporting.cancel')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
