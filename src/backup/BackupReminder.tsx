import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { backupReminder, REMINDER_DISMISSED_META } from './backup-reminder';
import { backupMetaKey, useBackupMeta } from './use-backup-meta';
import { useExport } from '../export/use-export';

interface BackupReminderProps {
  doc: ArticleDocument;
  /** All of the document's records, trashed ones included. */
  records: AnnotationRecord[];
}

/**
 * A gentle, dismissible reminder (a status, not an alert) to download a JSON-LD backup when
 * changes older than a week are in no export. Dismissing hides it until the next change.
 */
export function BackupReminder({ doc, records }: BackupReminderProps) {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const meta = useBackupMeta();
  const exportNotes = useExport(doc);

  const show =
    store !== null &&
    meta !== undefined &&
    backupReminder({ records, ...meta, now: new Date() }) === 'remind';

  const dismiss = async () => {
    if (!store) return;
    await store.setMeta(REMINDER_DISMISSED_META, new Date().toISOString()).catch(() => {});
    await queryClient.invalidateQueries({ queryKey: backupMetaKey });
  };

  return (
    <div role="status" className="backup-reminder-region">
      {show && (
        <div className="backup-reminder">
          <p className="backup-reminder__text">{t('backup.reminder')}</p>
          <div className="backup-reminder__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void exportNotes({ format: 'jsonld', records, complete: true })}
            >
              {t('backup.download')}
            </button>
            <button type="button" className="button" onClick={() => void dismiss()}>
              {t('backup.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
