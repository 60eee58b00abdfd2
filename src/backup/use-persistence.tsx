import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import {
  readPersistence,
  requestPersistenceOnce,
  type PersistenceApi,
  type PersistenceState,
} from './storage-persistence';

/** The query key of the browser's persistence answer. */
export const persistenceKey = ['storage-persistence'] as const;

/** `navigator.storage`, or undefined where the page has none (insecure context, old browser). */
function storageApi(): PersistenceApi | undefined {
  return (globalThis.navigator as { storage?: PersistenceApi } | undefined)?.storage;
}

/**
 * Whether the browser keeps the reader's notes. A store that fell back to memory is
 * `not-persisted` whatever the browser says; `unknown` until the browser answers.
 */
export function usePersistence(): { state: PersistenceState } {
  const store = useAnnotationStore();
  const query = useQuery({
    queryKey: persistenceKey,
    queryFn: () => readPersistence(storageApi()),
    staleTime: Infinity,
  });
  if (store?.persistence === 'memory') return { state: 'not-persisted' };
  return { state: query.data ?? 'unknown' };
}

/**
 * Once the document has its first annotation, asks the browser to keep our data
 * (`navigator.storage.persist()`), once per database (see `requestPersistenceOnce`). Failures
 * are ignored: persistence is a bonus, the export is the real backup.
 * @param hasAnnotations whether any annotation exists, live or trashed
 */
export function useRequestPersistence(hasAnnotations: boolean): void {
  const store = useAnnotationStore();
  const queryClient = useQueryClient();
  const asked = useRef(false);
  useEffect(() => {
    if (!store || !hasAnnotations || asked.current || store.persistence === 'memory') return;
    asked.current = true;
    requestPersistenceOnce(storageApi(), store).then(
      () => queryClient.invalidateQueries({ queryKey: persistenceKey }),
      () => {},
    );
  }, [store, hasAnnotations, queryClient]);
}
