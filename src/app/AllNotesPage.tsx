import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore, useDocumentStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument } from '../document/article-document';
import { libraryQueryOptions } from '../document/library-query';
import type { NoteDocument } from '../notes/all-notes';
import { AllNotesView, type AllNotesFormat } from '../notes/AllNotesView';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { AnnotationStore } from '../storage/annotation-store';
import '../notes/notes.css';

export interface AllNotesPageProps {
  /** The built-in article, once loaded. */
  doc: ArticleDocument | undefined;
  /** The address of annotation `id` in document `documentId`. */
  noteHref: (documentId: string, id: string) => string;
  /** Exports the shown notes; absent until the exporter is wired. */
  onExport?: (
    format: AllNotesFormat,
    records: readonly AnnotationRecord[],
    documents: ReadonlyMap<string, NoteDocument>,
  ) => void;
}

/** Query for every live annotation of the library: one read of the store. */
function allNotesQueryOptions(store: AnnotationStore | null) {
  return {
    queryKey: ['all-notes', store] as const,
    queryFn: () =>
      store ? store.listLiveAnnotations() : Promise.reject(new Error('store not open')),
    enabled: store !== null,
  };
}

/**
 * The all-notes page: the library's documents (the built-in article unless hidden, and the
 * added ones not in the Trash) and one read of every live annotation, handed to the view. A
 * lazy chunk: what it needs of the first screen's modules comes as props.
 */
export function AllNotesPage({ doc, noteHref, onExport }: AllNotesPageProps) {
  const { t } = useTranslation();
  const annotationStore = useAnnotationStore();
  const documentStore = useDocumentStore();
  const rows = useQuery(libraryQueryOptions(documentStore)).data;
  const records = useQuery(allNotesQueryOptions(annotationStore)).data;
  const documents = useMemo(() => {
    const map = new Map<string, NoteDocument>();
    const builtInHidden = rows?.some((r) => r.id === doc?.meta.id && r.hidden) ?? false;
    if (doc && !builtInHidden) map.set(doc.meta.id, summary(doc.meta));
    for (const row of rows ?? []) {
      if (row.meta && row.deleted === null) map.set(row.id, summary(row.meta));
    }
    return map;
  }, [rows, doc]);
  useEffect(() => {
    document.title = t('allNotes.documentTitle');
  }, [t]);
  const ready = rows !== undefined && doc !== undefined ? records : undefined;
  return (
    <AllNotesView
      records={ready}
      documents={documents}
      noteHref={noteHref}
      onExport={onExport && ((format, shown) => onExport(format, shown, documents))}
    />
  );
}

function summary(meta: ArticleDocument['meta']): NoteDocument {
  return { id: meta.id, title: meta.title, language: meta.language, direction: meta.direction };
}
