import { useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type ChangeEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsKey } from '../annotations/annotation-queries';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { ArticleDocument } from '../document/article-document';
import type { ImportControl as WriteControl } from '../storage/annotation-store';
import { longTaskLock, type Release } from '../task/task-lock';
import { useNotices } from '../ui/NoticeProvider';
import type { ImportPlan } from './import-plan';
import { estimateStoredBytes, QuotaRefusal, quotaShortfall } from './import-quota';
import type { ImportStep } from './import-steps';
import { recordsToWrite } from './import-writes';
import { importErrorKey } from './import-messages';
import { ACCEPT_IMPORT, MAX_IMPORT_BYTES, type ImportNotice } from './import-types';
import { ImportProgress } from './ImportProgress';
import type { LibraryEntry } from './library-names';

// The preview dialog loads with the import code, once a file is chosen: not on the first screen.
const loadPreviewDialog = () => import('./ImportPreviewDialog');
const ImportPreviewDialog = lazy(() =>
  loadPreviewDialog().then((m) => ({ default: m.ImportPreviewDialog })),
);

const MAX_MB = MAX_IMPORT_BYTES / (1024 * 1024);

interface Reading {
  fileName: string;
  step: ImportStep;
  cancelling: boolean;
}

/** What the browser has free for this site; empty when it will not say. */
async function storageEstimate(): Promise<{ quota?: number; usage?: number }> {
  try {
    return (await navigator.storage?.estimate?.()) ?? {};
  } catch {
    return {};
  }
}

/**
 * "Import notes": a file input (styled as a button through its label). The file is checked for
 * size, then read, checked and anchored by the lazily loaded import code (in a Web Worker) with a
 * progress bar and Cancel, and previewed in a dialog; nothing is written until the reader
 * applies, and then only if it fits the browser's free storage. One import at a time: a second
 * file chosen meanwhile is refused with a message. File-level problems are error notices.
 */
export function ImportControl({
  doc,
  pendingFile = null,
  listLibrary,
}: {
  doc: ArticleDocument;
  /** A file chosen before this code loaded (in `LazyNotesTools`' stand-in): read on mount. */
  pendingFile?: File | null;
  /**
   * The documents of the library, so that items of a document it does not hold are said to be
   * so; absent, or resolving undefined, when the library cannot be known.
   */
  listLibrary?: () => Promise<readonly LibraryEntry[] | undefined>;
}) {
  const { t } = useTranslation();
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const inputId = useId();
  const helpId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [preview, setPreview] = useState<{
    fileName: string;
    plan: ImportPlan;
    notices: ImportNotice[];
  } | null>(null);
  const readControl = useRef<AbortController | null>(null);
  const releaseLock = useRef<Release | null>(null);

  const release = () => {
    releaseLock.current?.();
    releaseLock.current = null;
  };

  // Leaving the page (or the notes panel) stops a read in progress and frees the lock.
  useEffect(
    () => () => {
      readControl.current?.abort();
      releaseLock.current?.();
    },
    [],
  );

  const fail = (message: string) => notices.error(message);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    e.target.value = '';
    if (file) void read(file);
  };

  const read = async (file: File) => {
    // Not disabled while reading (that would drop its focus): a second choice is refused.
    if (longTaskLock.busy) return fail(t('exporting.importBusy'));
    if (file.size > MAX_IMPORT_BYTES) return fail(t(importErrorKey('too-large'), { max: MAX_MB }));
    if (!store) return fail(t('exporting.storeUnavailable'));
    const lock = longTaskLock.acquire();
    if (!lock) return fail(t('exporting.importBusy'));
    releaseLock.current = lock;
    const controller = new AbortController();
    readControl.current = controller;
    setReading({
      fileName: file.name,
      step: { phase: 'reading', done: 0, total: null },
      cancelling: false,
    });
    let previewed = false;
    try {
      const [{ readImport }, existing, library] = await Promise.all([
        import('./import-reader'),
        store.listAnnotations(doc.meta.id),
        // Not knowing the library only makes the reasons vaguer: it never stops an import.
        listLibrary?.().catch(() => undefined),
        loadPreviewDialog(),
      ]);
      const result = await readImport(
        file,
        doc,
        existing,
        { now: new Date(), ...(library ? { library } : {}) },
        {
          signal: controller.signal,
          onProgress: (step) => setReading((current) => current && { ...current, step }),
        },
      );
      if (!result.ok) return fail(t(importErrorKey(result.error), { max: MAX_MB }));
      setPreview({ fileName: file.name, plan: result.plan, notices: result.notices });
      previewed = true;
    } catch (error) {
      if (controller.signal.aborted) notices.info(t('exporting.importCancelled'));
      // By name: the class lives in the lazily loaded import code.
      else if (error instanceof Error && error.name === 'UnreadableFileError') {
        fail(t('exporting.unreadable'));
      }
      // The store could not be read, or the import code could not be loaded.
      else fail(t('exporting.applyFailed'));
    } finally {
      readControl.current = null;
      setReading(null);
      // The preview keeps the lock until it closes: the import is not over yet.
      if (!previewed) release();
    }
  };

  // On a later task, so that React's development double mount (whose unmount aborts a read)
  // starts the read once; focus goes to this input, as the stand-in that had it is gone.
  const readPending = useEffectEvent((file: File) => {
    inputRef.current?.focus();
    void read(file);
  });
  useEffect(() => {
    if (!pendingFile) return;
    const timer = setTimeout(() => readPending(pendingFile));
    return () => clearTimeout(timer);
  }, [pendingFile]);

  const cancelReading = () => {
    readControl.current?.abort();
    setReading((current) => current && { ...current, cancelling: true });
  };

  const closePreview = () => {
    setPreview(null);
    release();
  };

  const apply = async (control: WriteControl) => {
    if (!store || !preview) return;
    const put = recordsToWrite(preview.plan);
    // Told before anything is written: a write the browser stops half-way costs the wait.
    const shortfall = quotaShortfall(estimateStoredBytes(put), await storageEstimate());
    if (shortfall) throw new QuotaRefusal(shortfall);
    const outcome = await store.applyImport({ put }, control);
    closePreview();
    await queryClient.invalidateQueries({ queryKey: annotationsKey(doc.meta.id) });
    const count = outcome.written.length;
    notices.info(count > 0 ? t('exporting.imported', { count }) : t('exporting.importedNone'));
  };

  const onCancelled = () => {
    closePreview();
    notices.info(t('exporting.importCancelled'));
  };

  return (
    <div className="import-control">
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="import-control__input visually-hidden"
        accept={ACCEPT_IMPORT}
        disabled={!store}
        aria-describedby={helpId}
        onChange={onChange}
      />
      <label htmlFor={inputId} className="button import-control__button">
        {t('exporting.importLabel')}
      </label>
      <span id={helpId} hidden>
        {t('exporting.importHelp', { max: MAX_MB })}
      </span>
      {reading && (
        <ImportProgress
          fileName={reading.fileName}
          step={reading.step}
          onCancel={cancelReading}
          cancelling={reading.cancelling}
        />
      )}
      {preview && (
        <Suspense fallback={null}>
          <ImportPreviewDialog
            fileName={preview.fileName}
            plan={preview.plan}
            notices={preview.notices}
            onApply={apply}
            onCancel={closePreview}
            onCancelled={onCancelled}
            returnFocus={inputRef}
          />
        </Suspense>
      )}
    </div>
  );
}
