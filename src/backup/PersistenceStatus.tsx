import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../i18n/format-short-date';
import type { PersistenceState } from './storage-persistence';
import { useBackupMeta } from './use-backup-meta';
import { usePersistence } from './use-persistence';

const STATUS_KEY = {
  persisted: 'backup.status.persisted',
  'not-persisted': 'backup.status.notPersisted',
  unsupported: 'backup.status.unsupported',
  unknown: 'backup.status.unknown',
} as const satisfies Record<PersistenceState, string>;

/**
 * For the Reading settings panel: whether the browser keeps the notes ("kept by the browser" /
 * "may be cleared by the browser"), advice to export, and when everything was last exported.
 */
export function PersistenceStatus() {
  const { t, i18n } = useTranslation();
  const { state } = usePersistence();
  const meta = useBackupMeta();
  return (
    <div className="persistence-status">
      <p className="persistence-status__line">
        {t('backup.statusLine', { status: t(STATUS_KEY[state]) })}
      </p>
      {state !== 'unknown' && (
        <p className="persistence-status__advice">
          {t(state === 'persisted' ? 'backup.advicePersisted' : 'backup.adviceAtRisk')}
        </p>
      )}
      {meta && (
        <p className="persistence-status__last">
          {meta.lastExport
            ? t('backup.lastExport', { date: formatShortDate(meta.lastExport, i18n.language) })
            : t('backup.neverExported')}
        </p>
      )}
    </div>
  );
}
