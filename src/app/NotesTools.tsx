import { useCallback, useState } from 'react';
import { useStoreState } from '../annotations/AnnotationStoreProvider';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { useDocumentSource } from '../document/use-document';
import { libraryEntries } from '../import/library-names';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import { ExportMenu, type ExportChoice, type ExportScope } from '../export/ExportMenu';
import type { ExportEvent } from '../export/export-options';
import { ImportControl } from '../import/ImportControl';
import { useExport } from '../export/use-export';
import { useRequestPersistence } from '../backup/use-persistence';
import '../export/export.css';
import '../export/print.css';

/** What the reader asked of `LazyNotesTools`' stand-in before this code had loaded. */
export type NotesToolsRequest = { kind: 'export' } | { kind: 'import'; file: File };

/** The props of {@link NotesTools}. */
export interface NotesToolsProps {
  doc: ArticleDocument;
  /** All of the document's records, trashed ones included (from the cache). */
  records: AnnotationRecord[];
  /** Ids the notes sidebar's current filter shows; null when no filter is active. */
  scopeIds: Pick<ReadonlySet<string>, 'has'> | null;
  /** The timeline event an annotation belongs to, for Markdown and HTML exports. */
  eventFor?: (record: AnnotationRecord) => ExportEvent | null;
  /** The document's own timeline events, exported with the notes. */
  timeline?: readonly TimelineEventRecord[];
  /** Carried over from the stand-in: open the Export menu, or read a chosen file. */
  request?: NotesToolsRequest | null;
}

/**
 * Export (JSON-LD, Markdown, CSV, HTML, Print) and import of the document's notes. Trashed
 * annotations are never exported. Also asks the browser to keep the notes once the first exists.
 */
export function NotesTools({
  doc,
  records,
  scopeIds,
  eventFor,
  timeline,
  request,
}: NotesToolsProps) {
  const [scope, setScope] = useState<ExportScope>('all');
  const exportNotes = useExport(doc);
  useRequestPersistence(records.length > 0);
  const state = useStoreState();
  const openDocuments = state.status === 'ready' ? state.openDocuments : null;
  const source = useDocumentSource();
  // The library an import sorts its items by: the store's rows, and the bundled article and
  // this one, which the store may hold no metadata for. Opened here, when a file is read: a
  // file chosen before this code loaded is read at once, before a hook could have opened it.
  const listLibrary = useCallback(async () => {
    if (!openDocuments) return undefined;
    const { documentStoreMakers } = await import('../storage/document-store-makers');
    const [rows, builtIn] = await Promise.all([
      openDocuments(documentStoreMakers).listDocuments(),
      source.loadDocument(BUILT_IN_DOCUMENT_ID),
    ]);
    return libraryEntries(rows, [doc.meta, builtIn.meta]);
  }, [openDocuments, source, doc.meta]);

  const filtered = scopeIds !== null && scope === 'filter';
  // Every keystroke in the notes search renders this with a new scope: what to export is
  // worked out on choosing; a render only looks for one record to export.
  const canExport =
    records.some((r) => r.deleted === null && (!filtered || scopeIds.has(r.id))) ||
    (!filtered && (timeline?.length ?? 0) > 0);

  const onChoose = (choice: ExportChoice) => {
    if (choice === 'print') {
      window.print();
      return;
    }
    const chosen = records.filter((r) => r.deleted === null && (!filtered || scopeIds.has(r.id)));
    void exportNotes({
      format: choice,
      records: chosen,
      eventFor,
      timeline,
    });
  };

  return (
    <div className="notes-tools">
      <ExportMenu
        scope={scopeIds === null ? null : scope}
        onScopeChange={setScope}
        canExport={canExport}
        onChoose={onChoose}
        initiallyOpen={request?.kind === 'export'}
      />
      <ImportControl
        doc={doc}
        pendingFile={request?.kind === 'import' ? request.file : null}
        listLibrary={listLibrary}
      />
    </div>
  );
}
