import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { annotationsKey } from '../annotations/annotation-queries';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import { storageErrorKey } from '../annotations/storage-error-key';
import type { ArticleDocument } from '../document/article-document';
import type { LibraryActions } from '../document/use-library-actions';
import { estimateStoredBytes, quotaShortfall } from '../import/import-quota';
import type { ExportFile } from '../import/omnivore/export-files';
import { omnivoreErrorMessage } from '../import/omnivore/omnivore-messages';
import type { OmnivorePlan } from '../import/omnivore/omnivore-plan';
import { planOmnivoreImport, sameAddress } from '../import/omnivore/omnivore-plan';
import { OmnivorePreview } from '../import/omnivore/OmnivorePreview';
import type { OmnivoreSource } from '../import/omnivore/read-omnivore-export';
import { readOmnivoreExport } from '../import/omnivore/read-omnivore-export';
import { documentFromPage } from '../library/page-document';
import type { DocumentStore } from '../storage/document-store';
import { saveReadingPositions } from '../storage/reading-positions';
import { toStorageError } from '../storage/storage-error';
import { longTaskLock, type Release } from '../task/task-lock';
import type { TaskProgress as Progress } from '../task/task-progress';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotices } from '../ui/NoticeProvider';
import { TaskProgress } from '../ui/TaskProgress';

const MEGABYTE = 1024 * 1024;

type Stage =
  | { kind: 'working'; progress: Progress<'reading' | 'checking' | 'saving'>; cancelling: boolean }
  | { kind: 'preview'; plan: OmnivorePlan; error: string | null }
  | { kind: 'failed'; message: string };

export interface LibraryImportProps {
  /** What the reader chose: an export's .zip, or the files of its folder. */
  files: readonly File[];
  /**
   * The built-in article, so an export holding the same page does not add it twice (its
   * highlights go to it instead).
   */
  builtIn: ArticleDocument | undefined;
  /** The open library (the page offers importing only once it is). */
  store: DocumentStore;
  library: LibraryActions;
  onClose: () => void;
}

/** The chosen files as an export: one .zip, or the files of its folder. */
async function exportSource(files: readonly File[]): Promise<OmnivoreSource> {
  const [only] = files;
  if (only && files.length === 1 && /\.zip$|zip/i.test(only.name + only.type)) {
    return { kind: 'zip', bytes: new Uint8Array(await only.arrayBuffer()) };
  }
  const exportFiles: ExportFile[] = files.map((file) => ({
    path: file.webkitRelativePath || file.name,
    size: file.size,
    read: () =>
      file.arrayBuffer().then(
        (buffer) => new Uint8Array(buffer),
        () => null,
      ),
  }));
  return { kind: 'files', files: exportFiles };
}

/** What a plan would store, in bytes: the records, and each document's text twice (text, blocks). */
function bytesNeeded(plan: OmnivorePlan): number {
  const records = [...plan.add, ...plan.addToExisting].flatMap((a) => a.records);
  const texts = plan.add.reduce((sum, a) => sum + a.doc.text.length * 4, 0);
  return estimateStoredBytes(records) + texts;
}

async function storageEstimate(): Promise<{ quota?: number; usage?: number }> {
  try {
    return (await navigator.storage?.estimate?.()) ?? {};
  } catch {
    return {};
  }
}

/**
 * "Import a library": reads an Omnivore export (the zip, or its folder's files) and makes each
 * article a document by the library's extraction, with a progress bar and Cancel; previews what
 * would be added, what the library already has and what is left out; then writes every article
 * with its text and highlights in one transaction (Cancel rolls it back: the library is as it
 * was). One long task at a time. A lazy chunk, loaded when the reader chooses files.
 */
export function LibraryImport({ files, builtIn, store, library, onClose }: LibraryImportProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const annotationStore = useAnnotationStore();
  const [stage, setStage] = useState<Stage>({
    kind: 'working',
    progress: { phase: 'reading', done: 0, total: null },
    cancelling: false,
  });
  const control = useRef<AbortController | null>(null);
  const releaseLock = useRef<Release | null>(null);
  const name =
    files.length === 1 ? files[0]!.name : t('libraryImport.filesName', { count: files.length });

  const close = () => {
    releaseLock.current?.();
    releaseLock.current = null;
    onClose();
  };

  const progress = (next: Progress<'reading' | 'checking' | 'saving'>) =>
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
      const read = await readOmnivoreExport(await exportSource(files), {
        signal,
        onProgress: progress,
      });
      if (!read.ok) {
        const { key, values } = omnivoreErrorMessage(read.error);
        return setStage({ kind: 'failed', message: t(key, values) });
      }
      const rows = await store.listDocuments();
      const byAddress = new Map<string, { id: string; title: string }>();
      for (const meta of [builtIn?.meta, ...rows.map((r) => r.meta)]) {
        const address = meta ? sameAddress(meta.source) : null;
        if (meta && address && !byAddress.has(address)) {
          byAddress.set(address, { id: meta.id, title: meta.title });
        }
      }
      const now = new Date();
      const plan = await planOmnivoreImport(
        read,
        {
          byUrl: (url) => byAddress.get(sameAddress(url) ?? '') ?? null,
          byText: async (text) => {
            const copy = await store.findByText(text);
            return copy?.meta ? { id: copy.id, title: copy.meta.title } : null;
          },
          copyOf: async ({ id }) => {
            if (!annotationStore) return null;
            const text =
              id === builtIn?.meta.id ? builtIn.text : (await store.getDocument(id))?.text;
            return text === undefined
              ? null
              : { text, annotations: await annotationStore.listAnnotations(id) };
          },
        },
        async (article) => {
          const made = await documentFromPage(
            article.contentHtml,
            `${article.slug}.html`,
            { ...article, tags: article.labels },
            crypto.randomUUID(),
            now.toISOString(),
          );
          return made.ok ? made.doc : null;
        },
        now,
        { signal, onProgress: progress },
      );
      setStage({ kind: 'preview', plan, error: null });
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
  }, [files]);

  const apply = async (plan: OmnivorePlan) => {
    const controller = new AbortController();
    control.current = controller;
    const total = plan.add.length;
    // Told before anything is written: a write the browser stops half-way costs the wait.
    const shortfall = quotaShortfall(bytesNeeded(plan), await storageEstimate());
    if (shortfall) {
      const needed = (shortfall.needed / MEGABYTE).toFixed(1);
      const available = (shortfall.available / MEGABYTE).toFixed(1);
      const error = t('libraryImport.quotaTooSmall', { needed, available });
      return setStage({ kind: 'preview', plan, error });
    }
    setStage({ kind: 'working', progress: { phase: 'saving', done: 0, total }, cancelling: false });
    const toExisting = plan.addToExisting.flatMap((a) => a.records);
    try {
      await library.importDocuments(
        plan.add.map(({ doc, records }) => ({ doc, annotations: records })),
        {
          signal: controller.signal,
          onProgress: ({ done }) => progress({ phase: 'saving', done, total }),
        },
        toExisting,
      );
      // The copies' highlight lists (and the library's counts of them) are stale now.
      await Promise.all([
        ...plan.addToExisting.map(({ documentId }) =>
          queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) }),
        ),
        queryClient.invalidateQueries({ queryKey: ['library-details'] }),
      ]);
      // Reading places live beside the store, written once the documents are in.
      saveReadingPositions(
        Object.fromEntries(
          plan.add.flatMap((a) => (a.position ? [[a.doc.meta.id, a.position]] : [])),
        ),
      );
      notices.info(
        total === 0
          ? t('libraryImport.notesDone', { count: toExisting.length })
          : t('libraryImport.done', { count: total }),
      );
      close();
    } catch (cause) {
      if (controller.signal.aborted) {
        notices.info(t('libraryImport.cancelled'));
        return close();
      }
      const reason = t(storageErrorKey(toStorageError(cause).code));
      setStage({ kind: 'preview', plan, error: t('libraryImport.failed', { reason }) });
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
      : t(p.phase === 'saving' ? 'libraryImport.saving' : 'libraryImport.checking', {
          done: p.done,
          total: p.total,
        });

  return (
    <ModalDialog title={t('libraryImport.title')} onCancel={cancel}>
      {stage.kind === 'working' && (
        <TaskProgress
          name={t('libraryImport.progressName', { file: name })}
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
          <OmnivorePreview plan={stage.plan} />
          {stage.error && (
            <p className="library-import__error" role="alert">
              {stage.error}
            </p>
          )}
          <div className="modal__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={stage.plan.add.length === 0 && stage.plan.addToExisting.length === 0}
              onClick={() => void apply(stage.plan)}
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
