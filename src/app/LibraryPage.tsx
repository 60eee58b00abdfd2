import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsQueryOptions } from '../annotations/annotation-queries';
import { useAnnotationStore, useDocumentStore } from '../annotations/AnnotationStoreProvider';
import { storageErrorKey } from '../annotations/storage-error-key';
import { LibraryBackupControls } from '../backup/LibraryBackupControls';
import type { ArticleDocument, DocumentMeta } from '../document/article-document';
import { libraryQueryOptions } from '../document/library-query';
import { useLibraryActions } from '../document/use-library-actions';
import type { LibraryItem } from '../library/library-item';
import { LibraryView, type LibraryActions } from '../library/LibraryView';
import { documentFromDraft } from '../library/draft-document';
import { readingProgress } from '../library/reading-progress';
import type { AnnotationStore } from '../storage/annotation-store';
import type { DocumentStore } from '../storage/document-store';
import { toStorageError } from '../storage/storage-error';
import { useNotices } from '../ui/NoticeProvider';
import { withLaterTranslations } from '../i18n/later-translations';
import type { LastDocument } from './last-document';
import { preloadableLazy } from './preloadable-lazy';

// Reading an export (and its zip library) loads when the reader chooses one, or once the library
// is idle, so that its progress bar shows at once; its messages are among the later translations.
// (Preloaded, it renders without suspending: no 300 ms hold before the bar appears.)
const [LibraryImport, loadLibraryImport] = preloadableLazy(
  () => withLaterTranslations(import('./LibraryImport')),
  (m) => m.LibraryImport,
);
const LibraryNotesImport = lazy(() =>
  withLaterTranslations(import('./LibraryNotesImport')).then((m) => ({
    default: m.LibraryNotesImport,
  })),
);

/** The one file chosen when it is a notes file (CSV, or JSON that is no Omnivore metadata). */
function notesFile(files: readonly File[]): File | null {
  const [only] = files;
  if (!only || files.length > 1) return null;
  const { name } = only;
  return /\.(csv|jsonld)$/i.test(name) || (/\.json$/i.test(name) && !/^metadata/i.test(name))
    ? only
    : null;
}

export interface LibraryPageProps {
  /** The built-in article, once loaded. */
  doc: ArticleDocument | undefined;
  /** The stored reading position of document `id`, unvalidated. */
  positionOf: (id: string) => unknown;
  lastOpened: LastDocument | null;
  /** When the built-in article was last opened (it has no store row for it), or null. */
  builtInOpenedAt: number | null;
  documentHref: (id: string) => string;
  onOpen: (id: string) => void;
}

/** What the list needs of one document besides its highlights and place in the library. */
interface Listed {
  meta: DocumentMeta;
  /** Length of its canonical text, for the reading progress; null when not known here. */
  length: number | null;
  lastOpened: string | null;
  trashed: boolean;
}

/**
 * The library: the built-in article and the ones the reader added (from the documents store),
 * with their highlight counts and reading progress; adding, deleting (the built-in is hidden
 * instead), restoring and deleting for good write through the store. A lazy chunk: what it
 * needs of the first screen's own modules comes as props.
 */
export function LibraryPage({
  doc,
  positionOf,
  lastOpened,
  builtInOpenedAt,
  documentHref,
  onOpen,
}: LibraryPageProps) {
  const { t, i18n } = useTranslation();
  const store = useDocumentStore();
  const annotationStore = useAnnotationStore();
  const records = useQuery(libraryQueryOptions(store)).data;
  const library = useLibraryActions();
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void loadLibraryImport().catch(() => undefined));
    return () => cancelIdleCallback(id);
  }, []);
  const notices = useNotices();
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState<File[] | null>(null);

  const listed: Listed[] = [];
  if (doc) {
    const row = records?.find((r) => r.id === doc.meta.id);
    listed.push({
      meta: doc.meta,
      length: doc.text.length,
      lastOpened: row?.lastOpened ?? null,
      trashed: row?.hidden ?? false,
    });
  }
  for (const record of records ?? []) {
    if (!record.meta) continue;
    listed.push({
      meta: record.meta,
      length: null,
      lastOpened: record.lastOpened,
      trashed: record.deleted !== null,
    });
  }
  // Each position read once a render: it says whose text length the progress needs.
  const positions = listed.map(({ meta }) => positionOf(meta.id));
  const details = useQuery(
    listDetails(queryClient, annotationStore, store, listed, positions),
  ).data;

  const items: LibraryItem[] = [];
  const trashed: LibraryItem[] = [];
  listed.forEach(({ meta, length, lastOpened: opened, trashed: inTrash }, i) => {
    const translation = meta.translations[i18n.language];
    const openedAt = Math.max(
      opened ? Date.parse(opened) : -Infinity,
      lastOpened?.id === meta.id ? lastOpened.openedAt : -Infinity,
      meta.builtIn && builtInOpenedAt !== null ? builtInOpenedAt : -Infinity,
    );
    const { textLength, highlights } = details?.[i] ?? { textLength: length ?? 0, highlights: 0 };
    (inTrash ? trashed : items).push({
      id: meta.id,
      title: translation?.title ?? meta.title,
      source: translation?.siteName ?? meta.siteName ?? hostOf(meta.source),
      published: meta.published?.value ?? null,
      // A translated title is in the UI language, and reads its way.
      language: translation ? i18n.language : meta.language,
      direction: translation ? i18n.dir(i18n.language) : meta.direction,
      addedAt: Date.parse(meta.added),
      lastOpenedAt: Number.isFinite(openedAt) ? openedAt : null,
      progress: readingProgress(positions[i], textLength),
      highlightCount: highlights,
      builtIn: meta.builtIn,
    });
  });

  const describe = (cause: unknown) => t(storageErrorKey(toStorageError(cause).code));
  const builtInId = doc?.meta.id;
  const actions = useMemo((): LibraryActions | null => {
    if (!library) return null;
    const run = (write: Promise<unknown>) =>
      write.catch((cause: unknown) =>
        notices.error(t('libraryView.actionFailed', { reason: describe(cause) })),
      );
    return {
      async onSave(draft) {
        const added = documentFromDraft(draft, crypto.randomUUID(), new Date().toISOString());
        const copy = await library.findByText(added.text);
        if (copy?.meta) return { kind: 'duplicate', id: copy.id, title: copy.meta.title };
        const record = await library.add(added);
        return { kind: 'saved', id: record.id };
      },
      describeSaveError: describe,
      onDelete: (id) =>
        void run(id === builtInId ? library.setHidden(id, true) : library.trash(id)),
      onRestore: (id) =>
        void run(id === builtInId ? library.setHidden(id, false) : library.restore(id)),
      onDeleteForGood: (id) => void run(library.purge(id)),
      onImportLibrary: setImporting,
    };
    // `describe` and `t` change with the language, as `t` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library, notices, t, builtInId]);

  return (
    <>
      <LibraryView
        items={items}
        trashed={trashed}
        documentHref={documentHref}
        onOpen={onOpen}
        actions={actions}
        backupTools={
          actions && store?.tools ? (
            <LibraryBackupControls
              tools={store.tools}
              bundled={doc ? [doc] : []}
              metaOf={(id) => listed.find((l) => l.meta.id === id)?.meta ?? null}
              describeError={describe}
            />
          ) : null
        }
      />
      {importing && store && library && (
        <Suspense fallback={null}>
          {notesFile(importing) && annotationStore ? (
            <LibraryNotesImport
              file={notesFile(importing)!}
              builtIn={doc}
              store={store}
              annotationStore={annotationStore}
              onClose={() => setImporting(null)}
            />
          ) : (
            <LibraryImport
              files={importing}
              builtIn={doc}
              store={store}
              library={library}
              onClose={() => setImporting(null)}
            />
          )}
        </Suspense>
      )}
    </>
  );
}

/**
 * Query for what each listed document's row shows beyond its metadata: its live highlights and
 * its text's length (for the reading progress). One read of every live annotation and one of
 * the text lengths of the documents that have a reading position, whatever the library's size;
 * a document whose annotations are in the cache (the reader had it open) counts from there,
 * with the changes still on their way to the store.
 */
function listDetails(
  queryClient: QueryClient,
  annotationStore: AnnotationStore | null,
  store: DocumentStore | null,
  listed: readonly Listed[],
  positions: readonly unknown[],
) {
  const measured = listed
    .filter(({ length, trashed }, i) => length === null && !trashed && positions[i] != null)
    .map(({ meta }) => meta.id);
  return {
    queryKey: [
      'library-details',
      annotationStore,
      store,
      listed.map((l) => l.meta.id),
      measured,
    ] as const,
    queryFn: async () => {
      const [live, lengths] = await Promise.all([
        annotationStore ? annotationStore.listLiveAnnotations() : [],
        // One that will not load shows no progress, and opens to say why.
        store && measured.length > 0
          ? store.textLengths(measured).catch(() => new Map<string, number>())
          : new Map<string, number>(),
      ]);
      const counts = new Map<string, number>();
      for (const { documentId } of live) counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
      return listed.map(({ meta, length }) => {
        const cached = queryClient.getQueryData(
          annotationsQueryOptions(annotationStore, meta.id).queryKey,
        );
        return {
          highlights: cached
            ? cached.filter((a) => a.deleted === null).length
            : (counts.get(meta.id) ?? 0),
          textLength: length ?? lengths.get(meta.id) ?? 0,
        };
      });
    },
    enabled: annotationStore !== null,
  };
}

/** The host of an `http(s):` source, without `www.`; null for a `urn:` or a malformed one. */
function hostOf(source: string): string | null {
  if (!/^https?:/.test(source) || !URL.canParse(source)) return null;
  return new URL(source).hostname.replace(/^www\./, '') || null;
}
