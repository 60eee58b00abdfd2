import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument } from '../document/article-document';
import { documentAddress } from '../document/document-address';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import { useNotices } from '../ui/NoticeProvider';
import { LAST_EXPORT_META } from '../backup/backup-reminder';
import { downloadFile } from './download';
import { buildExportFile } from './export-file';
import type { ExportFormat } from './export-filename';
import type { ExportEvent } from './export-options';
import { backupMetaKey } from '../backup/use-backup-meta';

/** How one export is made. */
export interface ExportRequest {
  format: ExportFormat;
  /** The records to export; trashed ones are left out. */
  records: readonly AnnotationRecord[];
  /** True when `records` is everything (not a filter): only then is it a backup. */
  complete: boolean;
  eventFor?: (record: AnnotationRecord) => ExportEvent | null;
  /** The document's own timeline events, listed with the notes. */
  timeline?: readonly TimelineEventRecord[];
}

/**
 * Returns `exportNotes(request)`: builds the file (the builder loads on demand), downloads it,
 * tells the reader, and for a complete export stores the time as the last export. Never
 * rejects: a failure is shown as an error notice and resolves false.
 */
export function useExport(doc: ArticleDocument): (request: ExportRequest) => Promise<boolean> {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const notices = useNotices();
  return useCallback(
    async ({ format, records, complete, eventFor, timeline }: ExportRequest) => {
      const now = new Date();
      try {
        const file = await buildExportFile(format, records, doc, {
          now,
          url: documentAddress(location, doc.meta.id, false),
          eventFor,
          timeline,
          timelineHeading: t('exporting.timelineHeading'),
        });
        downloadFile(file.content, file.fileName, file.mimeType);
        notices.info(t('exporting.exported', { file: file.fileName }));
      } catch {
        notices.error(t('exporting.exportFailed'));
        return false;
      }
      if (complete && store) {
        // Bookkeeping for the backup reminder; the file is saved whether or not this works.
        await store.setMeta(LAST_EXPORT_META, now.toISOString()).catch(() => {});
        await queryClient.invalidateQueries({ queryKey: backupMetaKey });
      }
      return true;
    },
    [doc, store, queryClient, notices, t],
  );
}
