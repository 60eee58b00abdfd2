import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsKey } from '../annotations/annotation-queries';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument } from '../article/article-document';
import { useNotices } from '../ui/NoticeProvider';
import type { ImportPlan } from './import-plan';
import { recordsToWrite } from './import-writes';
import { importErrorKey } from './import-messages';
import { MAX_IMPORT_BYTES } from './import-types';

// The preview dialog loads with the import code, once a file is chosen: not on the first screen.
const loadPreviewDialog = () => import('./ImportPreviewDialog');
const ImportPreviewDialog = lazy(() =>
  loadPreviewDialog().then((m) => ({ default: m.ImportPreviewDialog })),
);

const ACCEPT = '.json,.jsonld,.csv,application/json,application/ld+json,text/csv';
const MAX_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/**
 * "Import notes": a file input (styled as a button through its label). The file is checked for
 * size before it is read, parsed by the lazily loaded import code, and previewed in a dialog;
 * nothing is written until the reader applies. File-level problems are shown as an error notice.
 */
export function ImportControl({ doc }: { doc: ArticleDocument }) {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const inputId = useId();
  const helpId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<{ fileName: string; plan: ImportPlan } | null>(null);

  const fail = (message: string) => notices.error(message);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    e.target.value = '';
    // Not disabled while reading (that would drop its focus); a second choice waits its turn.
    if (!file || reading) return;
    if (file.size > MAX_IMPORT_BYTES) return fail(t(importErrorKey('too-large'), { max: MAX_MB }));
    if (!store) return fail(t('exporting.storeUnavailable'));
    setReading(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail(t('exporting.unreadable'));
      }
      const [{ previewImport }, existing] = await Promise.all([
        import('./import-preview'),
        store.listAnnotations(doc.meta.id),
        loadPreviewDialog(),
      ]);
      const result = previewImport(
        { text, name: file.name, type: file.type, size: file.size },
        doc,
        existing,
        { now: new Date() },
      );
      if (!result.ok) return fail(t(importErrorKey(result.error), { max: MAX_MB }));
      setPreview({ fileName: file.name, plan: result.plan });
    } catch {
      // The store could not be read, or the import code could not be loaded.
      fail(t('exporting.applyFailed'));
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!store || !preview) return;
    const outcome = await store.applyImport({ put: recordsToWrite(preview.plan) });
    setPreview(null);
    await queryClient.invalidateQueries({ queryKey: annotationsKey(doc.meta.id) });
    const count = outcome.written.length;
    notices.info(count > 0 ? t('exporting.imported', { count }) : t('exporting.importedNone'));
  };

  return (
    <div className="import-control">
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="import-control__input visually-hidden"
        accept={ACCEPT}
        disabled={!store}
        aria-describedby={helpId}
        onChange={(e) => void onChange(e)}
      />
      <label htmlFor={inputId} className="button import-control__button">
        {t('exporting.importLabel')}
      </label>
      <span id={helpId} hidden>
        {t('exporting.importHelp', { max: MAX_MB })}
      </span>
      {reading && (
        <span className="import-control__reading" role="status">
          {t('exporting.reading')}
        </span>
      )}
      {preview && (
        <Suspense fallback={null}>
          <ImportPreviewDialog
            fileName={preview.fileName}
            plan={preview.plan}
            onApply={apply}
            onCancel={() => setPreview(null)}
            returnFocus={inputRef}
          />
        </Suspense>
      )}
    </div>
  );
}
