import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsKey } from '../annotations/annotation-queries';
import { storageErrorKey } from '../annotations/storage-error-key';
import type { ArticleDocument } from '../document/article-document';
import type { AnnotationRecord } from '../export/record-contract';
import { importErrorKey } from '../import/import-messages';
import { planImport } from '../import/import-plan';
import { estimateStoredBytes, quotaShortfall } from '../import/import-quota';
import { MAX_IMPORT_BYTES } from '../import/import-types';
import { routeImportSteps } from '../import/route-import';
import { RoutedNotesPreview, type RoutedNotesSummary } from '../import/RoutedNotesPreview';
import type { AnnotationStore } from '../storage/annotation-store';
import type { DocumentStore } from '../storage/document-store';
import { toStorageError } from '../storage/storage-error';
import { runInSlices } from '../task/run-in-slices';
import { longTaskLock, type Release } from '../task/task-lock';
import type { TaskProgress as Progress } from '../task/task-progress';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotices } from '../ui/NoticeProvider';
import { TaskProgress } from '../ui/TaskProgress';

const MEGABYTE = 1024 * 1024;

interface Ready {
  summary: RoutedNotesSummary;
  put: AnnotationRecord[];
}

type Stage =
  | { kind: 'working'; progress: Progress; cancelling: boolean }
  | { kind: 'preview'; ready: Ready; error: string | null }
  | { kind: 'failed'; message: string };

export interface LibraryNotesImportProps {
  /** A notes file: a Readwise CSV, a Hypothesis export or `{ total, rows }`, W3C or our JSON. */
  file: File;
  /** The built-in article, once loaded: its highlights can come in too. */
  builtIn: ArticleDocument | undefined;
  store: DocumentStore;
  annotationStore: AnnotationStore;
  onClose: () => void;
}

async function storageEstimate(): Promise<{ quota?: number; usage?: number }> {
  try {
    return (await navigator.storage?.estimate?.()) ?? {};
  } catch {
    return {};
  }
}

/** The library's documents that can take highlights: the built-in and each one not in the Trash. */
async function libraryDocuments(
  store: DocumentStore,
  builtIn: ArticleDocument | undefined,
): Promise<ArticleDocument[]> {
  const rows = await store.listDocuments();
  const docs: ArticleDocument[] = builtIn ? [builtIn] : [];
  for (const row of rows) {
    if (!row.meta || row.deleted !== null) continue;
    const stored = await store.getDocument(row.id);
    if (stored) docs.push({ meta: stored.record.meta, blocks: stored.blocks, text: stored.text });
  }
  return docs;
}

/**
 * A notes file imported into the whole library: each item goes to the article of the library
 * its quote (and title) single out, with a progress bar and Cancel; the preview says how many
 * go where and what is left out and why; applying writes them all in one transaction (Cancel
 * rolls it back). One long task at a time. A lazy chunk, loaded when the reader chooses a file.
 */
export function LibraryNotesImport({
  file,
  builtIn,
  store,
  annotationStore,
  onClose,
}: LibraryNotesImportProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({
    kind: 'working',
    progress: { phase: 'reading', done: 0, total: null },
    cancelling: false,
  });
  const control = useRef<AbortController | null>(null);
  const releaseLock = useRef<Release | null>(null);

  const close = () => {
    releaseLock.current?.();
    releaseLock.current = null;
    onClose();
  };
  const progress = (next: Progress) =>
    setStage((s) => (s.kind === 'working' ? { ...s, progress: next } : s));

  const prepare = async (controller: AbortController) => {
    const lock = longTaskLock.acquire();
    if (!lock) {
      notices.error(t('libraryImport.busy'));
      return close();
    }
    releaseLock.current = lock;
    control.current = controller;
    const { signal } = controller;
    try {
      const [text, docs] = await Promise.all([file.text(), libraryDocuments(store, builtIn)]);
      const routed = await runInSlices(
        routeImportSteps(
          { text, name: file.name, type: file.type, size: file.size },
          docs,
          new Date(),
        ),
        { signal, onProgress: progress },
      );
      if (!routed.ok) {
        const message = t(importErrorKey(routed.error), { max: MAX_IMPORT_BYTES / MEGABYTE });
        return setStage({ kind: 'failed', message });
      }
      const titles = new Map(docs.map((d) => [d.meta.id, d.meta.title]));
      const summary: RoutedNotesSummary = {
        documents: [],
        unchanged: 0,
        titleDiffers: routed.titleDiffers.map((d) => ({
          index: d.index,
          title: d.title,
          documentTitle: titles.get(d.documentId) ?? '',
        })),
        leftOut: routed.leftOut,
        pageNotes: 0,
      };
      const put: AnnotationRecord[] = [];
      for (const [id, records] of routed.byDocument) {
        const plan = planImport(records, await annotationStore.listAnnotations(id));
        put.push(...plan.new, ...plan.updated);
        summary.pageNotes += [...plan.new, ...plan.updated].filter((r) => r.target === null).length;
        summary.unchanged += plan.counts.unchanged;
        const toWrite = plan.counts.new + plan.counts.updated;
        summary.documents.push({ id, title: titles.get(id) ?? '', toWrite });
      }
      setStage({ kind: 'preview', ready: { summary, put }, error: null });
    } catch {
      if (signal.aborted) {
        notices.info(t('libraryImport.cancelled'));
        return close();
      }
      setStage({ kind: 'failed', message: t('libraryImport.readFailed') });
    } finally {
      control.current = null;
    }
  };

  const start = useEffectEvent((controller: AbortController) => void prepare(controller));
  // Started on a later task, so React's development double mount (whose unmount aborts) reads once.
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => start(controller));
    return () => {
      clearTimeout(timer);
      controller.abort();
      control.current?.abort();
      releaseLock.current?.();
      releaseLock.current = null;
    };
  }, [file]);

  const apply = async (ready: Ready) => {
    const controller = new AbortController();
    control.current = controller;
    const total = ready.put.length;
    const shortfall = quotaShortfall(estimateStoredBytes(ready.put), await storageEstimate());
    if (shortfall) {
      const needed = (shortfall.needed / MEGABYTE).toFixed(1);
      const available = (shortfall.available / MEGABYTE).toFixed(1);
      const error = t('libraryImport.quotaTooSmall', { needed, available });
      return setStage({ kind: 'preview', ready, error });
    }
    setStage({ kind: 'working', progress: { phase: 'saving', done: 0, total }, cancelling: false });
    try {
      const outcome = await annotationStore.applyImport(
        { put: ready.put },
        {
          signal: controller.signal,
          onProgress: ({ done }) => progress({ phase: 'saving', done, total }),
        },
      );
      await Promise.all([
        ...ready.summary.documents.map((d) =>
          queryClient.invalidateQueries({ queryKey: annotationsKey(d.id) }),
        ),
        queryClient.invalidateQueries({ queryKey: ['library-details'] }),
      ]);
      notices.info(t('libraryImport.notesDone', { count: outcome.written.length }));
      close();
    } catch (cause) {
      if (controller.signal.aborted) {
        notices.info(t('libraryImport.cancelled'));
        return close();
      }
      const reason = t(storageErrorKey(toStorageError(cause).code));
      setStage({ kind: 'preview', ready, error: t('libraryImport.failed', { reason }) });
    } finally {
      control.current = null;
    }
  };

  const cancel = () => {
    if (stage.kind !== 'working') return close();
    control.current?.abort();
    setStage({ ...stage, cancelling: true });
  };

  const label = (p: Progress) =>
    p.phase === 'reading' || p.total === null
      ? t('libraryImport.reading')
      : p.phase === 'saving'
        ? t('exporting.progress.saving', { done: p.done, total: p.total })
        : t('libraryImport.routing', { done: p.done, total: p.total });

  return (
    <ModalDialog title={t('libraryImport.title')} onCancel={cancel}>
      {stage.kind === 'working' && (
        <TaskProgress
          name={t('libraryImport.progressName', { file: file.name })}
          progress={stage.progress}
          label={label(stage.progress)}
          onCancel={cancel}
          cancelling={stage.cancelling}
        />
      )}
      {stage.kind === 'failed' && (
        <>
          <p className="library-import__error" role="alert">
            {stage.message}
          </p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={close}>
              {t('libraryImport.close')}
            </button>
          </div>
        </>
      )}
      {stage.kind === 'preview' && (
        <>
          <RoutedNotesPreview summary={stage.ready.summary} />
          {stage.error && (
            <p className="library-import__error" role="alert">
              {stage.error}
            </p>
          )}
          <div className="modal__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={stage.ready.put.length === 0}
              onClick={() => void apply(stage.ready)}
            >
              {t('libraryImport.apply')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('libraryImport.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
