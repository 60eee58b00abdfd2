import { useTranslation } from 'react-i18next';
import { useStoreState } from '../annotations/AnnotationStoreProvider';

/**
 * Tells the reader when their notes are not safe: kept in memory only (IndexedDB unavailable;
 * offers the export), held up by another tab, or outdated by a newer version open elsewhere.
 */
export function StorageBanner({ onExport }: { onExport: () => void }) {
  const { t } = useTranslation();
  const state = useStoreState();
  const reload = (
    <button type="button" className="button" onClick={() => location.reload()}>
      {t('storage.reload')}
    </button>
  );
  let message: string | null = null;
  let action = null;
  if (state.status === 'opening' && state.blocked) message = t('storage.blocked');
  if (state.status === 'failed') {
    message = t(state.code === 'version-change' ? 'storage.outdated' : 'storage.failed');
    action = reload;
  }
  if (state.status === 'ready' && state.outdated) {
    message = t('storage.outdated');
    action = reload;
  }
  if (state.status === 'ready' && !state.outdated && state.store.persistence === 'memory') {
    message = t('storage.memoryBanner');
    action = (
      <button type="button" className="button" onClick={onExport}>
        {t('storage.export')}
      </button>
    );
  }
  if (!message) return null;
  return (
    <div className="storage-banner" role="alert">
      <p>{message}</p>
      {action}
    </div>
  );
}
