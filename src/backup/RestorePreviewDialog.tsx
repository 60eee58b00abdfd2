import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../document/article-document';
import type { RestoreControl } from '../storage/library-backup-writes';
import type { TaskProgress as Progress } from '../task/task-progress';
import { ModalDialog } from '../ui/ModalDialog';
import { TaskProgress } from '../ui/TaskProgress';
import type { RestorePlan } from './restore-plan';

/** Counts shown only when there are any. */
type Extra = 'events' | 'dismissed' | 'positions';

export interface RestorePreviewDialogProps {
  fileName: string;
  /** When the backup was made (ISO). */
  exported: string;
  plan: RestorePlan;
  /** Titles of the library's documents by id, for the Unanchored list. */
  metaOf: (documentId: string) => Pick<DocumentMeta, 'title' | 'language' | 'direction'> | null;
  /** Writes the plan in one transaction with `control`'s progress and cancel. */
  onApply: (control: RestoreControl) => Promise<void>;
  /** Closes without writing (before Restore, or after a cancelled or failed one). */
  onCancel: () => void;
  /** The restore was cancelled while it wrote: nothing was written. */
  onCancelled: () => void;
  /** The message for a failed restore (a storage error's translated reason). */
  describeError: (cause: unknown) => string;
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * "Restore from backup": what the file adds, what is newer in it (and replaces the copy
 * here), what is already here and stays as it is (articles, notes, timeline events), and which
 * highlights and events will be Unanchored;
 * Restore writes it all in one transaction with a progress bar and Cancel (nothing written).
 */
export function RestorePreviewDialog({
  fileName,
  exported,
  plan,
  metaOf,
  onApply,
  onCancel,
  onCancelled,
  describeError,
  returnFocus,
}: RestorePreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const control = useRef<AbortController | null>(null);
  const { documents, annotations, events, dismissed, positions, unanchored } = plan;
  /** Articles and notes always; events, dismissals and positions only when there are any. */
  const counts = (d: number, a: number, e: number, more: [Extra, number][] = []) =>
    [
      t('libraryBackup.documents', { count: d }),
      t('libraryBackup.annotations', { count: a }),
      ...[['events', e] as [Extra, number], ...more]
        .filter(([, count]) => count > 0)
        .map(([key, count]) => t(`libraryBackup.${key}`, { count })),
    ].join(i18n.language === 'ar' ? '، ' : ', ');
  const positionCount = Object.keys(positions).length;
  const writes =
    documents.add.length +
    documents.update.length +
    annotations.add.length +
    annotations.update.length +
    events.add.length +
    events.update.length +
    dismissed.length +
    positionCount;
  const nothing = writes === 0;

  const apply = async () => {
    const controller = new AbortController();
    control.current = controller;
    setFailed(null);
    setProgress({ phase: 'saving', done: 0, total: null });
    try {
      await onApply({
        signal: controller.signal,
        onProgress: ({ done, total }) => setProgress({ phase: 'saving', done, total }),
      });
    } catch (cause) {
      if (controller.signal.aborted) return onCancelled();
      setFailed(describeError(cause));
    } finally {
      setProgress(null);
      setCancelling(false);
    }
  };

  const date = new Date(exported).toLocaleString(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  return (
    <ModalDialog
      title={t('libraryBackup.previewTitle')}
      onCancel={progress ? () => undefined : onCancel}
      returnFocus={returnFocus}
    >
      <div className="restore-preview">
        <p>{t('libraryBackup.from', { date, file: fileName })}</p>
        {nothing ? (
          <p>{t('libraryBackup.nothing')}</p>
        ) : (
          <dl className="restore-preview__plan">
            <dt>{t('libraryBackup.add')}</dt>
            <dd>
              {counts(documents.add.length, annotations.add.length, events.add.length, [
                ['dismissed', dismissed.length],
                ['positions', positionCount],
              ])}
            </dd>
            <dt>{t('libraryBackup.update')}</dt>
            <dd>
              {counts(documents.update.length, annotations.update.length, events.update.length)}
            </dd>
            <dt>{t('libraryBackup.keep')}</dt>
            <dd>{counts(documents.keep.length, annotations.keep.length, events.keep.length)}</dd>
          </dl>
        )}
        {unanchored.length > 0 ? (
          <>
            <p>{t('libraryBackup.unanchored', { count: unanchored.length })}</p>
            <ul aria-label={t('libraryBackup.unanchoredList')}>
              {unanchored.map(({ id, documentId, quote }) => {
                const meta = metaOf(documentId);
                return (
                  <li key={id} lang={meta?.language} dir={meta?.direction ?? 'auto'}>
                    {quote}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        <div role="alert">
          {failed ? <p>{t('libraryBackup.failed', { reason: failed })}</p> : null}
        </div>
        {progress ? (
          <TaskProgress
            name={t('libraryBackup.progressName', { file: fileName })}
            progress={progress}
            label={t('libraryBackup.progress', {
              done: progress.done,
              total: progress.total ?? 0,
            })}
            onCancel={() => {
              setCancelling(true);
              control.current?.abort();
            }}
            cancelling={cancelling}
            focusCancel
          />
        ) : (
          <div className="modal__actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('libraryBackup.cancel')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void apply()}>
              {t('libraryBackup.apply')}
            </button>
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
