import { useState } from 'react';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { ExportMenu, type ExportChoice, type ExportScope } from '../export/ExportMenu';
import type { ExportEvent } from '../export/export-options';
import { ImportControl } from '../import/ImportControl';
import { useExport } from '../export/use-export';
import { useRequestPersistence } from '../backup/use-persistence';
import '../export/export.css';
import '../export/print.css';

interface NotesToolsProps {
  doc: ArticleDocument;
  /** All of the document's records, trashed ones included (from the cache). */
  records: AnnotationRecord[];
  /** Ids the notes sidebar's current filter shows; null when no filter is active. */
  scopeIds: ReadonlySet<string> | null;
  /** The timeline event an annotation belongs to, for Markdown and HTML exports. */
  eventFor?: (record: AnnotationRecord) => ExportEvent | null;
}

/**
 * Export (JSON-LD, Markdown, CSV, HTML, Print) and import of the document's notes. Trashed
 * annotations are never exported. Also asks the browser to keep the notes once the first exists.
 */
export function NotesTools({ doc, records, scopeIds, eventFor }: NotesToolsProps) {
  const [scope, setScope] = useState<ExportScope>('all');
  const exportNotes = useExport(doc);
  useRequestPersistence(records.length > 0);

  const filtered = scopeIds !== null && scope === 'filter';
  const chosen = records.filter((r) => r.deleted === null && (!filtered || scopeIds.has(r.id)));

  const onChoose = (choice: ExportChoice) => {
    if (choice === 'print') {
      window.print();
      return;
    }
    void exportNotes({ format: choice, records: chosen, complete: !filtered, eventFor });
  };

  return (
    <div className="notes-tools">
      <ExportMenu
        scope={scopeIds === null ? null : scope}
        onScopeChange={setScope}
        canExport={chosen.length > 0}
        onChoose={onChoose}
      />
      <ImportControl doc={doc} />
    </div>
  );
}
