import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { DocumentMeta } from '../document/article-document';
import type { LibraryTools } from '../storage/library-tools';
import { loadReadingPositions } from '../storage/reading-positions';
import { useNotices } from '../ui/NoticeProvider';
import { LAST_EXPORT_META } from './backup-reminder';
import { backupMetaKey } from './use-backup-meta';

/**
 * Returns `backUp()`: the whole library in one file (`makeLibraryBackup`, whose code loads on
 * first use), downloaded, the reader told, and its time stored as the last backup, from which
 * the reminder counts the library's changes again. Only a whole-library backup resets that
 * time: an export of one document leaves the others' changes unsaved. `bundled` resolves the
 * bundled documents' metadata (their `source`). Never rejects: a failure is an error notice
 * (`describe` gives its reason) and resolves false.
 */
export function useLibraryBackup(
  tools: LibraryTools | null,
  bundled: () => Promise<readonly DocumentMeta[]>,
  describe: (cause: unknown) => string,
): () => Promise<boolean> {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const notices = useNotices();
  return useCallback(async () => {
    if (!tools) return false;
    const now = new Date();
    try {
      const [{ makeLibraryBackup }, { downloadFile }, metas] = await Promise.all([
        import('./library-backup-run'),
        import('../export/download'),
        bundled(),
      ]);
      const source = { readLibrary: () => tools.readLibrary(), positionsOf: loadReadingPositions };
      const file = await makeLibraryBackup(source, { now, bundled: metas });
      downloadFile(file.content, file.fileName, 'application/json');
      notices.info(t('backup.backedUp', { file: file.fileName }));
    } catch (cause) {
      notices.error(t('backup.backupFailed', { reason: describe(cause) }));
      return false;
    }
    // Bookkeeping for the reminder; the file is saved whether or not this works.
    await store?.setMeta(LAST_EXPORT_META, now.toISOString()).catch(() => {});
    await queryClient.invalidateQueries({ queryKey: backupMetaKey });
    return true;
  }, [tools, bundled, describe, store, queryClient, notices, t]);
}
