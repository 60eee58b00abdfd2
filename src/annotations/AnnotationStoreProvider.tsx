import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AnnotationStore } from '../storage/annotation-store';
import type { DocumentStore } from '../storage/document-store';
import type { OpenedStore } from '../storage/open-store';
import { takeEarlyStore } from './early-store';
import { toStorageError, type StorageErrorCode } from '../storage/storage-error';

/** Where the annotation store stands, for the banners and for every annotation query. */
export type StoreState =
  | { status: 'opening'; blocked: boolean }
  | {
      status: 'ready';
      store: AnnotationStore;
      /** Opens the library on the same database; null when the opener gave none (some tests). */
      openDocuments: OpenedStore['openDocuments'] | null;
      /** Opens a document's own timeline on the same database; null when the opener gave none. */
      openTimeline: OpenedStore['openTimeline'] | null;
      fallbackReason: StorageErrorCode | null;
      /** See `OpenedStore.fresh`: created by this page, nothing in it to back up yet. */
      fresh: boolean;
      outdated: boolean;
    }
  | { status: 'failed'; code: StorageErrorCode };

/** How the app opens its store; tests pass one over fake-indexeddb or memory. */
export type StoreOpener = (options: { onBlocked: () => void }) => Promise<OpenedStore>;

const StoreContext = createContext<StoreState>({ status: 'opening', blocked: false });

/**
 * IndexedDB through Dexie, loaded after the first paint: the article reads without it, and
 * highlights appear a moment later. The entry starts it before hydrating (`early-store.ts`).
 */
const openDefaultStore: StoreOpener = async (options) =>
  takeEarlyStore(options.onBlocked) ?? (await import('../storage/open-store')).openStore(options);

/** Opens the store once, keeps it open for the app's life, and reports version changes. */
export function AnnotationStoreProvider({
  open = openDefaultStore,
  children,
}: {
  open?: StoreOpener;
  children: ReactNode;
}) {
  const [state, setState] = useState<StoreState>({ status: 'opening', blocked: false });

  useEffect(() => {
    let cancelled = false;
    let stopWatching = () => {};
    let opened: AnnotationStore | null = null;
    open({ onBlocked: () => !cancelled && setState({ status: 'opening', blocked: true }) })
      .then(
        ({ store, openDocuments = null, openTimeline = null, fallbackReason, fresh = false }) => {
          opened = store;
          if (cancelled) return store.close();
          setState({
            status: 'ready',
            store,
            openDocuments,
            openTimeline,
            fallbackReason,
            fresh,
            outdated: false,
          });
          stopWatching = store.onVersionChange(() =>
            setState((s) => (s.status === 'ready' ? { ...s, outdated: true } : s)),
          );
        },
      )
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'failed', code: toStorageError(error).code });
      });
    return () => {
      cancelled = true;
      stopWatching();
      opened?.close();
    };
  }, [open]);

  return <StoreContext value={state}>{children}</StoreContext>;
}

/** The store's state: opening, ready (with the store) or failed. */
export function useStoreState(): StoreState {
  return useContext(StoreContext);
}

/**
 * The library's store once it is open, else null. The first caller loads its code (after the
 * annotation store is open); a failure to load leaves it null.
 */
export function useDocumentStore(): DocumentStore | null {
  const state = useStoreState();
  const open = state.status === 'ready' ? state.openDocuments : null;
  const [documents, setDocuments] = useState<{
    open: NonNullable<OpenedStore['openDocuments']>;
    store: DocumentStore;
  } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    import('../storage/document-store-makers').then(
      ({ documentStoreMakers }) => live && setDocuments({ open, store: open(documentStoreMakers) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [open]);
  return documents && documents.open === open ? documents.store : null;
}

/** The store once it is open, else null. */
export function useAnnotationStore(): AnnotationStore | null {
  const state = useStoreState();
  return state.status === 'ready' ? state.store : null;
}
