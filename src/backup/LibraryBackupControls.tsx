import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument, DocumentMeta } from '../document/article-document';
import type { RestoreControl } from '../storage/library-backup-writes';
import type { LibraryTools } from '../storage/library-tools';
import { loadReadingPositions, saveReadingPositions } from '../storage/reading-positions';
import { longTaskLock, type Release } from '../task/task-lock';
import { useNotices } from '../ui/NoticeProvider';
import type { RestorePlan } from './restore-plan';
import { useLibraryBackup } from './use-library-backup';

// What reads, checks and merges a backup (zod, the anchoring engine) loads when it is used.
const loadRun = () => import('./library-backup-run');
const loadDialog = () => import('./RestorePreviewDialog');
const RestorePreviewDialog = lazy(() =>
  loadDialog().then((m) => ({ default: m.RestorePreviewDialog })),
);

interface Preview {
  fileName: string;
  exported: string;
  plan: RestorePlan;
}

/**
 * "Back up library" (one file: every document, text, annotation, timeline event and dismissed
 * proposal, the Trash and the reading positions) and "Restore from backup" (a file input: the file is checked, its merge previewed,
 * then written in one transaction with progress and Cancel). A file that is not a backup, of a
 * later version or damaged is refused with a message and changes nothing.
 */
export function LibraryBackupControls({
  tools,
  bundled,
  metaOf,
  describeError: describe,
}: {
  tools: LibraryTools;
  /** The bundled documents, loaded: their metadata goes in a backup, their text checks one. */
  bundled: readonly ArticleDocument[];
  metaOf: (id: string) => DocumentMeta | null;
  /** The message for a failed read or write (a storage error's translated reason). */
  describeError: (cause: unknown) => string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const inputId = useId();
  const helpId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const lock = useRef<Release | null>(null);
  const release = () => {
    lock.current?.();
    lock.current = null;
  };
  // Leaving the library frees the lock of a restore left open.
  useEffect(() => () => lock.current?.(), []);
  const source = { readLibrary: () => tools.readLibrary(), positionsOf: loadReadingPositions };

  const backUp = useLibraryBackup(tools, async () => bundled.map((d) => d.meta), describe);

  const read = async (file: File) => {
    const taken = longTaskLock.acquire();
    if (!taken) return notices.error(t('libraryBackup.busy'));
    lock.current = taken;
    let previewed = false;
    try {
      const [json, { readLibraryRestore }] = await Promise.all([
        file.text().catch(() => null),
        loadRun(),
        loadDialog(),
      ]);
      if (json === null) return notices.error(t('libraryBackup.readFailed'));
      const texts = Object.fromEntries(bundled.map((d) => [d.meta.id, d.text]));
      const reading = await readLibraryRestore(source, json, texts);
      if (!reading.ok) return notices.error(t(`libraryBackup.refused.${reading.code}`));
      setPreview({ fileName: file.name, exported: reading.exported, plan: reading.plan });
      previewed = true;
    } catch (cause) {
      notices.error(t('libraryBackup.failed', { reason: describe(cause) }));
    } finally {
      if (!previewed) release();
    }
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again is a change too.
    e.target.value = '';
    if (file) void read(file);
  };

  const close = () => {
    setPreview(null);
    release();
  };

  const apply = async (control: RestoreControl) => {
    if (!preview) return;
    const { documents, annotations, events, dismissed } = preview.plan;
    const outcome = await tools.restore({ documents, annotations, events, dismissed }, control);
    // Positions live in localStorage, outside the transaction: written once it committed.
    saveReadingPositions(preview.plan.positions);
    close();
    await queryClient.invalidateQueries();
    notices.info(t('libraryBackup.restored', { ...outcome }));
  };

  return (
    <div className="library__backup">
      <button type="button" className="button" onClick={() => void backUp()}>
        {t('libraryBackup.backup')}
      </button>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="library__backup-input visually-hidden"
        accept=".json,application/json"
        aria-describedby={helpId}
        onChange={onChange}
      />
      <label htmlFor={inputId} className="button library__backup-button">
        {t('libraryBackup.restore')}
      </label>
      <span id={helpId} hidden>
        {t('libraryBackup.restoreHelp')}
      </span>
      {preview ? (
        <Suspense fallback={null}>
          <RestorePreviewDialog
            fileName={preview.fileName}
            exported={preview.exported}
            plan={preview.plan}
            metaOf={metaOf}
            onApply={apply}
            onCancel={close}
            onCancelled={() => {
              close();
              notices.info(t('libraryBackup.cancelled'));
            }}
            describeError={describe}
            returnFocus={inputRef}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
