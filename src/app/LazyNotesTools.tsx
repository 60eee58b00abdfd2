import { lazy, Suspense, useEffect, useId, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { NotesToolsProps, NotesToolsRequest } from './NotesTools';
import { withLaterTranslations } from '../i18n/later-translations';
import { ACCEPT_IMPORT, MAX_IMPORT_BYTES } from '../import/import-types';
import '../export/export.css';
import '../export/print.css';

const MAX_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/** Asks the browser to keep the notes (persistent storage); loads with the first annotation. */
const KeepNotes = lazy(() =>
  import('../backup/use-persistence').then(({ useRequestPersistence }) => ({
    default: function KeepNotes() {
      useRequestPersistence(true);
      return null;
    },
  })),
);

/**
 * The notes tools as a first visit sees them: the "Export" menu button and "Import notes", drawn
 * the way {@link NotesTools} draws them (same names, roles and keys), without their code. That
 * code loads when the reader uses one of them, then opens the menu or reads the chosen file.
 * Only the reader's own press swaps them: a swap on its own (when the first record arrives)
 * could replace the input while a file is being chosen in it, and the file was lost. Asking
 * the browser to keep the notes, which the tools do once an annotation exists, loads apart.
 */
export function LazyNotesTools(props: NotesToolsProps) {
  const [request, setRequest] = useState<NotesToolsRequest | null>(null);
  const [Tools, setTools] = useState<ComponentType<NotesToolsProps> | null>(null);
  const wanted = request !== null;
  useEffect(() => {
    if (!wanted || Tools) return;
    let cancelled = false;
    void withLaterTranslations(import('./NotesTools')).then(
      (m) => !cancelled && setTools(() => m.NotesTools),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, Tools]);
  // The stand-in stays, one and the same, until the code is there (no Suspense fallback in
  // between): a file being chosen in its input, or a press on its button, is never lost. Once
  // loaded, the tools stay, so a purge of the last record does not cut short an import.
  if (!Tools) {
    return (
      <>
        <NotesToolsStandIn onRequest={setRequest} />
        {props.records.length > 0 && (
          <Suspense fallback={null}>
            <KeepNotes />
          </Suspense>
        )}
      </>
    );
  }
  return <Tools {...props} request={request} />;
}

function NotesToolsStandIn({ onRequest }: { onRequest: (request: NotesToolsRequest) => void }) {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const inputId = useId();
  const helpId = useId();
  return (
    <div className="notes-tools">
      <div className="export-menu">
        <button
          type="button"
          className="button"
          aria-haspopup="menu"
          aria-expanded={false}
          onClick={() => onRequest({ kind: 'export' })}
        >
          {t('exporting.menuButton')}
        </button>
      </div>
      <div className="import-control">
        <input
          id={inputId}
          type="file"
          className="import-control__input visually-hidden"
          accept={ACCEPT_IMPORT}
          disabled={!store}
          aria-describedby={helpId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onRequest({ kind: 'import', file });
          }}
        />
        <label htmlFor={inputId} className="button import-control__button">
          {t('exporting.importLabel')}
        </label>
        <span id={helpId} hidden>
          {t('exporting.importHelp', { max: MAX_MB })}
        </span>
      </div>
    </div>
  );
}
