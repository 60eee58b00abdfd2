import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type DragEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isTextEntry } from '../ui/is-text-entry';
import { clipboardInput, type AddArticleInput } from './add-article-input';
import type { AddArticleDialogProps } from './AddArticleDialog';
import { LIBRARY_SORTS, type LibraryItem, type LibrarySort } from './library-item';
import { filterLibrary, sortLibrary } from './library-list';
import { LibraryList } from './LibraryList';
import { LibraryTrash } from './LibraryTrash';
import './library.css';
import { useLibraryTranslations } from './use-library-translations';

// The dialog, and through it the extractors, load when the reader adds an article.
const AddArticleDialog = lazy(() =>
  import('./AddArticleDialog').then((m) => ({ default: m.AddArticleDialog })),
);

// An Omnivore export: its zip, or the files of its folder (metadata, content, highlights);
// or a notes file (Readwise CSV, Hypothesis or W3C JSON) for articles in the library.
const ACCEPT_LIBRARY_IMPORT =
  '.zip,application/zip,.json,.jsonld,.csv,text/csv,.html,.htm,.md,.pdf';

const SORT_LABEL = {
  'last-opened': 'libraryView.sortLastOpened',
  added: 'libraryView.sortAdded',
  title: 'libraryView.sortTitle',
} as const satisfies Record<LibrarySort, string>;

/** What the reader can change in the library: each writes through the documents store. */
export interface LibraryActions extends Pick<
  AddArticleDialogProps,
  'onSave' | 'describeSaveError'
> {
  /** Moves document `id` (and its highlights and notes) to the Trash. */
  onDelete: (id: string) => void;
  onRestore: (id: string) => void;
  onDeleteForGood: (id: string) => void;
  /**
   * Imports a whole library from the files chosen under "Import a library" (an Omnivore
   * export's .zip, or its folder's files); absent where importing is not offered.
   */
  onImportLibrary?: (files: File[]) => void;
}

export interface LibraryViewProps {
  /** The documents in the library (not in the Trash), in any order. */
  items: readonly LibraryItem[];
  /** Documents in the Trash. */
  trashed: readonly LibraryItem[];
  /** The address of document `id`, for its link (works when opened in a new tab). */
  documentHref: (id: string) => string;
  /** Opens document `id` in this tab (a plain click on its link, or after saving it). */
  onOpen: (id: string) => void;
  /**
   * Null while the store cannot be written (still opening, or unavailable): the list is shown
   * without Add, Delete or the Trash.
   */
  actions: LibraryActions | null;
  /** "Back up library" and "Restore from backup", when the store can do them. */
  backupTools?: ReactNode;
  /** The way to every note of the library, shown beside the heading; absent in some tests. */
  allNotesLink?: ReactNode;
}

/**
 * The library: heading "Library", an "Add article" button, a sort control and a "Filter
 * articles" box over the list "Articles", then the Trash. Dropping a file anywhere on it, or
 * pasting while it has focus (outside a text field), opens "Add article" with that input.
 */
export function LibraryView({
  items,
  trashed,
  documentHref,
  onOpen,
  actions,
  backupTools,
  allNotesLink,
}: LibraryViewProps) {
  useLibraryTranslations();
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const importInputRef = useRef<HTMLInputElement>(null);
  const importHelpId = useId();
  const [sort, setSort] = useState<LibrarySort>('last-opened');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [adding, setAdding] = useState<{ input: AddArticleInput | null } | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('libraryView.documentTitle');
  }, [t]);
  // Sorted again only when the list, the order or the language changes; a keystroke filters.
  const sorted = useMemo(
    () => sortLibrary(items, sort, i18n.language),
    [items, sort, i18n.language],
  );
  const shown = useMemo(() => filterLibrary(sorted, deferredQuery), [sorted, deferredQuery]);

  const onPaste = (e: ClipboardEvent) => {
    if (!actions || adding || isTextEntry(e.target)) return;
    const input = clipboardInput(e.clipboardData);
    if (!input) return;
    e.preventDefault();
    setAdding({ input });
  };
  const onDragOver = (e: DragEvent) => {
    if (!actions || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!actions || !file) return;
    e.preventDefault();
    setAdding({ input: { kind: 'file', file } });
  };
  const onImportFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Cleared so that choosing the same export again is a change too.
    e.target.value = '';
    if (files.length > 0) actions?.onImportLibrary?.(files);
  };
  const onDelete = actions?.onDelete;
  const remove = useCallback(
    (item: LibraryItem) => {
      onDelete?.(item.id);
      setMoved(item.title);
      // The button goes with its item: the heading keeps the reader's place.
      headingRef.current?.focus();
    },
    [onDelete],
  );

  return (
    <main
      id="main"
      className="library"
      tabIndex={-1}
      aria-labelledby={headingId}
      onPaste={onPaste}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <div className="library__top">
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="library__heading">
          {t('libraryView.heading')}
        </h1>
        {allNotesLink}
        <div className="library__actions">
          {actions ? (
            <button
              ref={addRef}
              type="button"
              className="button button--primary"
              onClick={() => setAdding({ input: null })}
            >
              {t('libraryView.add')}
            </button>
          ) : null}
          {actions?.onImportLibrary ? (
            <>
              <button
                type="button"
                className="button"
                aria-describedby={importHelpId}
                onClick={() => importInputRef.current?.click()}
              >
                {t('libraryImport.button')}
              </button>
              <span id={importHelpId} hidden>
                {t('libraryImport.help')}
              </span>
              <input
                ref={importInputRef}
                type="file"
                className="visually-hidden"
                tabIndex={-1}
                // Named by the help, not the button's words: one control by that name.
                aria-labelledby={importHelpId}
                multiple
                accept={ACCEPT_LIBRARY_IMPORT}
                onChange={onImportFiles}
              />
            </>
          ) : null}
        </div>
      </div>
      {actions ? <p className="library__hint">{t('libraryView.dropHint')}</p> : null}
      {actions ? backupTools : null}
      <div className="library__controls">
        <label className="library__control">
          <span>{t('libraryView.filter')}</span>
          <input
            type="search"
            value={query}
            dir="auto"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label className="library__control">
          <span>{t('libraryView.sort')}</span>
          <select
            value={sort}
            onChange={(e) => setSort(LIBRARY_SORTS.find((s) => s === e.target.value) ?? sort)}
          >
            {LIBRARY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="library__count" role="status">
        {moved
          ? t('libraryView.moved', { title: moved })
          : t('libraryView.count', { count: shown.length })}
      </p>
      {items.length === 0 ? (
        <p className="library__empty">{t('libraryView.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="library__empty">
          {t('libraryView.noMatches', { query: deferredQuery.trim() })}
        </p>
      ) : null}
      <LibraryList
        label={t('libraryView.list')}
        items={shown}
        documentHref={documentHref}
        onOpen={onOpen}
        onDelete={actions ? remove : null}
      />
      {actions ? (
        <LibraryTrash
          items={trashed}
          onRestore={actions.onRestore}
          onDeleteForGood={actions.onDeleteForGood}
        />
      ) : null}
      {actions && adding ? (
        <Suspense fallback={null}>
          <AddArticleDialog
            initialInput={adding.input}
            onSave={actions.onSave}
            describeSaveError={actions.describeSaveError}
            onSaved={(id) => {
              setAdding(null);
              onOpen(id);
            }}
            onOpenExisting={(id) => {
              setAdding(null);
              onOpen(id);
            }}
            onCancel={() => setAdding(null)}
            returnFocus={addRef}
          />
        </Suspense>
      ) : null}
    </main>
  );
}
