import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument } from '../document/article-document';
import { documentAddress } from '../document/document-address';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import { useNotices } from '../ui/NoticeProvider';
import { downloadFile } from './download';
import { buildExportFile } from './export-file';
import type { ExportFormat } from './export-filename';
import type { ExportEvent } from './export-options';

/** How one export is made. */
export interface ExportRequest {
  format: ExportFormat;
  /** The records to export; trashed ones are left out. */
  records: readonly AnnotationRecord[];
  eventFor?: (record: AnnotationRecord) => ExportEvent | null;
  /** The document's own timeline events, listed with the notes. */
  timeline?: readonly TimelineEventRecord[];
}

/**
 * Returns `exportNotes(request)`: builds the file (the builder loads on demand), downloads it
 * and tells the reader. One document's export is no library backup: the backup reminder, which
 * counts changes across the library, is reset only by "Back up library" (`useLibraryBackup`).
 * Never rejects: a failure is shown as an error notice and resolves false.
 */
export function useExport(doc: ArticleDocument): (request: ExportRequest) => Promise<boolean> {
  const { t } = useTranslation();
  const notices = useNotices();
  return useCallback(
    async ({ format, records, eventFor, timeline }: ExportRequest) => {
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
      return true;
    },
    [doc, notices, t],
  );
}
