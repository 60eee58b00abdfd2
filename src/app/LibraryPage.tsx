import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsQueryOptions } from '../annotations/annotation-queries';
import { useAnnotationStore, useDocumentStore } from '../annotations/AnnotationStoreProvider';
import { storageErrorKey } from '../annotations/storage-error-key';
import { LibraryBackupControls } from '../backup/LibraryBackupControls';
import type { ArticleDocument, DocumentMeta } from '../document/article-document';
import { documentQueryOptions } from '../document/document-query';
import { libraryQueryOptions } from '../document/library-query';
import type { DocumentSource } from '../document/document-source';
import { useDocumentSource } from '../document/use-document';
import { useLibraryActions } from '../document/use-library-actions';
import type { LibraryItem } from '../library/library-item';
import { LibraryView, type LibraryActions } from '../library/LibraryView';
import { documentFromDraft } from '../library/draft-document';
import { readingProgress } from '../library/reading-progress';
import type { AnnotationStore } from '../storage/annotation-store';
import { toStorageError } from '../storage/storage-error';
import { useNotices } from '../ui/NoticeProvider';
import { withLaterTranslations } from '../i18n/later-translations';
import type { LastDocument } from './last-document';

// Reading an export (and its zip library) loads when the reader chooses one; its messages are
// among the later translations.
const LibraryImport = lazy(() =>
  withLaterTranslations(import('./LibraryImport')).then((m) => ({ default: m.LibraryImport })),
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
  const source = useDocumentSource();
  const annotationStore = useAnnotationStore();
  const records = useQuery(libraryQueryOptions(store)).data;
  const library = useLibraryActions();
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
  const details = useQuery(listDetails(queryClient, annotationStore, source, listed)).data;

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
      progress: readingProgress(positionOf(meta.id), textLength),
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
              builtIn={doc?.meta}
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
 * Query for what each listed document's row shows beyond its metadata: its live highlights
 * and its text's length (for the reading progress). Each comes from (and stays in) the
 * document's own query, so a document the reader had open costs no read.
 */
function listDetails(
  queryClient: QueryClient,
  annotationStore: AnnotationStore | null,
  source: DocumentSource,
  listed: readonly Listed[],
) {
  return {
    queryKey: ['library-details', annotationStore, source, listed.map((l) => l.meta.id)] as const,
    queryFn: () =>
      Promise.all(
        listed.map(async ({ meta, length, trashed }) => {
          const [annotations, doc] = await Promise.all([
            queryClient.fetchQuery(annotationsQueryOptions(annotationStore, meta.id)),
            length === null && !trashed
              ? // One that will not load shows no progress, and opens to say why.
                queryClient.fetchQuery(documentQueryOptions(source, meta.id)).catch(() => null)
              : null,
          ]);
          return {
            highlights: annotations.filter((a) => a.deleted === null).length,
            textLength: length ?? doc?.text.length ?? 0,
          };
        }),
      ),
    enabled: annotationStore !== null,
  };
}

/** The host of an `http(s):` source, without `www.`; null for a `urn:` or a malformed one. */
function hostOf(source: string): string | null {
  if (!/^https?:/.test(source) || !URL.canParse(source)) return null;
  return new URL(source).hostname.replace(/^www\./, '') || null;
}
