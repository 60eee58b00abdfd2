import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore, useDocumentStore } from '../annotations/AnnotationStoreProvider';
import type { DocumentMeta } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { backupReminder, REMINDER_DISMISSED_META } from './backup-reminder';
import { backupMetaKey, useBackupMeta } from './use-backup-meta';
import { useLibraryBackup } from './use-library-backup';

export interface BackupReminderProps {
  /** The open document's records: an edit here counts the library's changes again. */
  records: readonly AnnotationRecord[];
  /** The bundled documents' metadata, for their `source` in a backup made from here. */
  bundled: () => Promise<readonly DocumentMeta[]>;
  /** The message for a failed backup (a storage error's translated reason). */
  describeError: (cause: unknown) => string;
}

/**
 * A gentle, dismissible reminder (a status, not an alert) to back up the library when changes
 * anywhere in it (notes, timeline events, documents added, edited or trashed) older than a week
 * are in no library backup. Dismissing hides it until the next change. Shown on IndexedDB only:
 * the memory store has its own warning.
 */
export function BackupReminder({ records, bundled, describeError }: BackupReminderProps) {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const tools = useDocumentStore()?.tools ?? null;
  const queryClient = useQueryClient();
  const meta = useBackupMeta();
  // An edit in this document changes the key, so the library's changes are read again.
  const newestHere = useMemo(
    () => records.reduce((newest, r) => (r.modified > newest ? r.modified : newest), ''),
    [records],
  );
  const lastExport = meta?.lastExport ?? null;
  const changes = useQuery({
    // The tools hash as JSON (no data fields), so the key stays the same across their states.
    queryKey: [...backupMetaKey, 'changes', lastExport, newestHere, tools] as const,
    queryFn: () => (tools ? tools.changesSince(lastExport) : []),
    enabled: tools !== null && meta !== undefined,
  }).data;
  const decision = useMemo(
    () =>
      meta === undefined || changes === undefined
        ? null
        : backupReminder({
            records: changes.map((modified) => ({ modified })),
            ...meta,
            now: new Date(),
          }),
    [changes, meta],
  );
  const show = store !== null && decision === 'remind';

  const backUp = useLibraryBackup(tools, bundled, describeError);

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
            <button type="button" className="button button--primary" onClick={() => void backUp()}>
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
