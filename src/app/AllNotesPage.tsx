import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore, useDocumentStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument, DocumentMeta } from '../document/article-document';
import { downloadFile } from '../export/download';
import { exportMimeType, namedExportFile } from '../export/export-filename';
import { libraryQueryOptions } from '../document/library-query';
import type { NoteDocument } from '../notes/all-notes';
import { AllNotesView, type AllNotesFormat } from '../notes/AllNotesView';
import type { AnnotationRecord } from '../storage/annotation-record';
import { useNotices } from '../ui/NoticeProvider';
import { allNotesQueryOptions, newestNotesQueryOptions } from './all-notes-query';
import '../notes/notes.css';

export interface AllNotesPageProps {
  /** The built-in article, once loaded. */
  doc: ArticleDocument | undefined;
  /** The address of annotation `id` in document `documentId`. */
  noteHref: (documentId: string, id: string) => string;
}

/**
 * The all-notes page: the library's documents (the built-in article unless hidden, and the
 * added ones not in the Trash) and every live annotation, the newest few first, handed to the
 * view. A lazy chunk: what it needs of the first screen's modules comes as props.
 */
export function AllNotesPage({ doc, noteHref }: AllNotesPageProps) {
  const { t } = useTranslation();
  const annotationStore = useAnnotationStore();
  const documentStore = useDocumentStore();
  const rows = useQuery(libraryQueryOptions(documentStore)).data;
  // The newest and the library's rows first, then the whole list: IndexedDB answers in the
  // order it is asked, so the long read waits until the first screen's reads are in.
  const newest = useQuery(newestNotesQueryOptions(annotationStore)).data;
  const all = useQuery({
    ...allNotesQueryOptions(annotationStore),
    enabled: annotationStore !== null && newest !== undefined && rows !== undefined,
  }).data;
  const metas = useMemo(() => {
    const map = new Map<string, DocumentMeta>();
    const builtInHidden = rows?.some((r) => r.id === doc?.meta.id && r.hidden) ?? false;
    if (doc && !builtInHidden) map.set(doc.meta.id, doc.meta);
    for (const row of rows ?? []) {
      if (row.meta && row.deleted === null) map.set(row.id, row.meta);
    }
    return map;
  }, [rows, doc]);
  const documents = useMemo(
    () => new Map([...metas].map(([id, meta]) => [id, summary(meta)] as const)),
    [metas],
  );
  const notices = useNotices();
  const onExport = (format: AllNotesFormat, shown: readonly AnnotationRecord[]) => {
    // The builders are a chunk of their own, fetched when the reader asks for a file.
    import('../export/export-library-notes')
      .then(({ buildLibraryNotes }) => {
        const now = new Date();
        const content = buildLibraryNotes(format, { records: shown, documents: metas, now });
        downloadFile(content, namedExportFile('library', format, now), exportMimeType(format));
      })
      .catch((cause: unknown) =>
        notices.error(t('allNotes.exportFailed', { reason: String(cause) })),
      );
  };
  useEffect(() => {
    document.title = t('allNotes.documentTitle');
  }, [t]);
  const ready = rows !== undefined && doc !== undefined ? (all ?? newest) : undefined;
  return (
    <AllNotesView
      records={ready}
      complete={all !== undefined}
      documents={documents}
      noteHref={noteHref}
      onExport={onExport}
    />
  );
}

function summary(meta: DocumentMeta): NoteDocument {
  return { id: meta.id, title: meta.title, language: meta.language, direction: meta.direction };
}
