import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAnnotationStore } from '../annotations/AnnotationStoreProvider';
import type { AnnotationStore } from '../storage/annotation-store';
import { LAST_EXPORT_META, REMINDER_DISMISSED_META } from './backup-reminder';
import { isIsoTimestamp } from '../export/record-contract';

/** When everything was last exported and when the reminder was last dismissed (ISO or null). */
export interface BackupMeta {
  lastExport: string | null;
  dismissedAt: string | null;
}

/** The query key prefix of {@link BackupMeta}: invalidate it after writing either value. */
export const backupMetaKey = ['backup-meta'] as const;

const storeIds = new WeakMap<AnnotationStore, number>();
let nextStoreId = 1;

/** A serialisable name for a store instance, so a reopened store never reads a stale cache. */
function storeKey(store: AnnotationStore | null): string {
  if (!store) return 'none';
  let id = storeIds.get(store);
  if (id === undefined) {
    id = nextStoreId++;
    storeIds.set(store, id);
  }
  return `${store.persistence}-${id}`;
}

function backupMetaQueryOptions(store: AnnotationStore | null) {
  return queryOptions({
    queryKey: [...backupMetaKey, storeKey(store)] as const,
    queryFn: async (): Promise<BackupMeta> => {
      if (!store) return { lastExport: null, dismissedAt: null };
      const [lastExport, dismissedAt] = await Promise.all([
        store.getMeta(LAST_EXPORT_META, isIsoTimestamp),
        store.getMeta(REMINDER_DISMISSED_META, isIsoTimestamp),
      ]);
      return { lastExport, dismissedAt };
    },
    enabled: store !== null,
    staleTime: Infinity,
  });
}

/** The backup bookkeeping from the store's meta table; undefined until it is read. */
export function useBackupMeta(): BackupMeta | undefined {
  return useQuery(backupMetaQueryOptions(useAnnotationStore())).data;
}
