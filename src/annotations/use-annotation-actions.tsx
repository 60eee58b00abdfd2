import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { AnnotationStore } from '../storage/annotation-store';
import { nextModified } from '../storage/last-write-wins';
import { StorageError, toStorageError, type StorageErrorCode } from '../storage/storage-error';
import { useNotices } from '../ui/NoticeProvider';
import {
  actionId,
  applyAction,
  inverseOf,
  restoreRecord,
  type AnnotationAction,
} from './annotation-action';
import { annotationsKey, annotationsQueryOptions, type PendingChange } from './annotation-queries';
import { useAnnotationStore } from './AnnotationStoreProvider';
import { storageErrorKey } from './storage-error-key';

async function run(store: AnnotationStore, action: AnnotationAction): Promise<void> {
  switch (action.kind) {
    case 'create':
    case 'update':
      await store.saveAnnotation(action.record);
      return;
    case 'delete':
      await store.deleteAnnotation(action.id);
      return;
    case 'restore':
      await store.restoreAnnotation(action.id);
      return;
    case 'discard':
      await store.deleteAnnotation(action.id);
      await store.purgeAnnotation(action.id);
      return;
    case 'purge':
      await store.purgeAnnotation(action.id);
      return;
  }
}

/** A change handed to storage, with the record as it was before it (for rollback). */
interface Change extends PendingChange {
  prior: AnnotationRecord | undefined;
  /** Offered on the error notice when storing fails for a reason that may pass (a full disk). */
  retry?: () => void;
}

/** Failures worth trying again once the reader has made room or the moment has passed. */
const RETRYABLE = new Set<StorageErrorCode>(['quota-exceeded', 'unknown', 'closed']);

interface PerformOptions {
  /** Pushed on the undo stack (Ctrl/Cmd+Z) unless false. */
  undoable?: boolean;
}

interface AnnotationActions {
  /** Applies optimistically, stores, rolls back with a visible error on failure. Rejects with a StorageError. */
  perform: (action: AnnotationAction, options?: PerformOptions) => Promise<void>;
  /** Undoes the last undoable action; false when there is nothing to undo. */
  undo: () => Promise<boolean>;
}

const ActionsContext = createContext<AnnotationActions | null>(null);

/** Provides {@link useAnnotationActions} for one document, with its undo stack. */
export function AnnotationActionsProvider({
  documentId,
  children,
}: {
  documentId: string;
  children: ReactNode;
}) {
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const notices = useNotices();
  const undoStack = useRef<AnnotationAction[]>([]);
  const key = useMemo(() => annotationsKey(documentId), [documentId]);

  const mutation = useMutation({
    // The change feed lays pending changes over what it delivers: it finds them by this key.
    mutationKey: key,
    mutationFn: async ({ action }: Change) => {
      if (!store) throw new StorageError('unavailable', 'store not open');
      await run(store, action);
    },
    onError: (error, { action, prior, retry }) => {
      queryClient.setQueriesData<AnnotationRecord[]>({ queryKey: key }, (list) =>
        restoreRecord(list ?? [], actionId(action), prior),
      );
      const { code } = toStorageError(error);
      notices.error(
        t(storageErrorKey(code)),
        retry && RETRYABLE.has(code) ? { label: t('errors.retry'), run: retry } : undefined,
      );
    },
    // No read back after a write: the change feed delivers the stored list (one read per write).
  });
  const { mutateAsync } = mutation;

  // The document's list as the reader sees it: the entry of the store in use. (The entry made
  // while the store was opening stays in the cache; once an optimistic update has written into
  // it, reading "the first entry with data" would return that stale list.)
  const listKey = useMemo(
    () => annotationsQueryOptions(store, documentId).queryKey,
    [store, documentId],
  );
  const cachedList = useCallback(
    () => queryClient.getQueryData<AnnotationRecord[]>(listKey),
    [queryClient, listKey],
  );

  // The cache shows the change at once, inside the reader's own event (so it is drawn in the
  // next frame), before storage is asked; `prior` is the record a failure puts back.
  const showNow = useCallback(
    (action: AnnotationAction): Change => {
      // A read still in flight would otherwise land after this and hide the change.
      void queryClient.cancelQueries({ queryKey: key }, { revert: false });
      const list = cachedList();
      const prior = list?.find((r) => r.id === actionId(action));
      const now = new Date().toISOString();
      queryClient.setQueriesData<AnnotationRecord[]>({ queryKey: key }, (current) =>
        applyAction(current ?? [], action, now),
      );
      return { action, prior };
    },
    [queryClient, key, cachedList],
  );

  const perform = useCallback(
    (action: AnnotationAction, { undoable = true }: PerformOptions = {}) => {
      const attempt = async (): Promise<void> => {
        const before = cachedList() ?? [];
        const inverse = undoable ? inverseOf(action, before, new Date().toISOString()) : null;
        // Undoable as soon as it shows (the cache is optimistic); forgotten again if it fails.
        if (inverse) undoStack.current.push(inverse);
        // A note being typed is retried by its editor, which keeps the text; anything else
        // (a new highlight, a deletion) is offered again from the error notice, as it was.
        const retry =
          action.kind === 'update'
            ? undefined
            : () =>
                void attempt().then(
                  () => notices.info(t('errors.retried')),
                  () => {},
                );
        try {
          await mutateAsync({ ...showNow(action), retry });
        } catch (error) {
          if (inverse) undoStack.current = undoStack.current.filter((a) => a !== inverse);
          throw error;
        }
      };
      return attempt();
    },
    [mutateAsync, showNow, cachedList, notices, t],
  );

  const undo = useCallback(async () => {
    const inverse = undoStack.current.pop();
    if (!inverse) return false;
    const current = cachedList() ?? [];
    try {
      await mutateAsync(showNow(restamp(inverse, current)));
      return true;
    } catch {
      undoStack.current.push(inverse);
      return false;
    }
  }, [mutateAsync, showNow, cachedList]);

  const value = useMemo(() => ({ perform, undo }), [perform, undo]);
  return <ActionsContext value={value}>{children}</ActionsContext>;
}

/** A record carried by an undo must be newer than what is stored, or last-write-wins ignores it. */
function restamp(action: AnnotationAction, current: readonly AnnotationRecord[]): AnnotationAction {
  if (action.kind !== 'create' && action.kind !== 'update') return action;
  const stored = current.find((r) => r.id === action.record.id);
  return {
    ...action,
    record: { ...action.record, modified: nextModified(stored?.modified ?? null) },
  };
}

/** Create, edit, delete, restore and undo annotations of the current document. */
export function useAnnotationActions(): AnnotationActions {
  const value = useContext(ActionsContext);
  if (!value) throw new Error('useAnnotationActions needs an AnnotationActionsProvider');
  return value;
}
