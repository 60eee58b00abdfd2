import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { annotationsKey, annotationsQueryOptions } from '../annotations/annotation-queries';
import {
  useAnnotationStore,
  useDocumentStore,
  useStoreState,
} from '../annotations/AnnotationStoreProvider';
import { storageErrorKey } from '../annotations/storage-error-key';
import type { AnchoredItem, ReplaceTextPlan } from '../document/replace-text-plan';
import { documentQueryOptions, documentsKey } from '../document/document-query';
import { libraryKey } from '../document/library-query';
import { useDocumentSource } from '../document/use-document';
import { useLibraryTranslations } from '../library/use-library-translations';
import { hasPassage } from '../storage/annotation-record';
import { toStorageError } from '../storage/storage-error';
import { ownTimelineKey, ownTimelineQueryOptions } from '../timeline/own-timeline-query';
import { useTimelineStore } from '../timeline/use-own-timeline';
import { useNotices } from '../ui/NoticeProvider';

// The dialog, the planner and the extractors load when the reader asks to replace the text.
const ReplaceTextDialog = lazy(() =>
  import('../library/ReplaceTextDialog').then((m) => ({ default: m.ReplaceTextDialog })),
);

const replacedKey = (id: string) => ['replaced-at', id] as const;

/**
 * "Replace text" and, after a replacement, "Undo replace" for the added document `documentId`,
 * in the header's reader-tools slot. Rendered by the store bridge (never for the built-in
 * article, whose text ships with the app and is not the reader's to change), so none of it is
 * on the first screen. Nothing shows on the memory store, which has no library tools.
 */
export function DocumentTextTools({ documentId }: { documentId: string }) {
  useLibraryTranslations();
  const { t } = useTranslation();
  const store = useDocumentStore();
  const tools = store?.tools ?? null;
  const annotationStore = useAnnotationStore();
  const storeState = useStoreState();
  const timelineStore = useTimelineStore();
  const source = useDocumentSource();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const doc = useQuery(documentQueryOptions(source, documentId)).data;
  const replacedAt = useQuery({
    queryKey: [...replacedKey(documentId), tools] as const,
    queryFn: () => (tools ? tools.replacedAt(documentId) : null),
    enabled: tools !== null,
  }).data;
  const [items, setItems] = useState<readonly AnchoredItem[] | null>(null);
  // The header is drawn before this lazy chunk arrives; its slot is where the reader's tools go.
  const [slot] = useState(() => document.querySelector<HTMLElement>('.app-header__slot'));

  if (!tools || !doc || doc.meta.builtIn || !slot) return null;
  const describe = (cause: unknown) => t(storageErrorKey(toStorageError(cause).code));
  const fresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: documentsKey(source) }),
      queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) }),
      queryClient.invalidateQueries({ queryKey: ownTimelineKey(documentId) }),
      queryClient.invalidateQueries({ queryKey: libraryKey }),
      queryClient.invalidateQueries({ queryKey: replacedKey(documentId) }),
    ]);

  const open = async () => {
    try {
      // Highlights and notes, and the document's own timeline events: all move with the text.
      // A press before the timeline's code arrived waits for it (the same store instance).
      const openTimeline = storeState.status === 'ready' ? storeState.openTimeline : null;
      const timeline =
        timelineStore ??
        (openTimeline &&
          openTimeline((await import('../storage/timeline-store-makers')).timelineStoreMakers));
      const [records, own] = await Promise.all([
        queryClient.fetchQuery(annotationsQueryOptions(annotationStore, documentId)),
        timeline ? queryClient.fetchQuery(ownTimelineQueryOptions(timeline, documentId)) : null,
      ]);
      setItems([
        // Document-level notes are about no passage: a new text does not move them.
        ...records.filter(hasPassage).map((r): AnchoredItem => ({ ...r, kind: 'annotation' })),
        ...(own?.events ?? []).map((e): AnchoredItem => ({
          id: e.id,
          kind: 'event',
          target: e.target,
          deleted: null,
        })),
      ]);
    } catch (cause) {
      notices.error(t('replaceText.failed', { reason: describe(cause) }));
    }
  };
  const replace = async (plan: ReplaceTextPlan) => {
    await tools.replaceText(plan);
    setItems(null);
    await fresh();
    notices.info(t('replaceText.replaced'));
  };
  const undo = async () => {
    try {
      await tools.undoReplaceText(documentId);
      await fresh();
      notices.info(t('replaceText.undone'));
    } catch (cause) {
      notices.error(t('replaceText.undoFailed', { reason: describe(cause) }));
    }
  };

  return createPortal(
    <>
      <button ref={buttonRef} type="button" className="button" onClick={() => void open()}>
        {t('replaceText.open')}
      </button>
      {replacedAt ? (
        <button type="button" className="button" onClick={() => void undo()}>
          {t('replaceText.undo')}
        </button>
      ) : null}
      {items ? (
        <Suspense fallback={null}>
          <ReplaceTextDialog
            doc={doc}
            items={items}
            onReplace={replace}
            describeError={describe}
            onCancel={() => setItems(null)}
            returnFocus={buttonRef}
          />
        </Suspense>
      ) : null}
    </>,
    slot,
  );
}
