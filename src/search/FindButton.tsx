import { useTranslation } from 'react-i18next';
import type { Find } from './use-find';
import './search.css';

/**
 * The "Find in article" toggle: opens the find bar (focusing its box) or closes it. Shows a
 * magnifier and, on wide screens, the word "Find".
 */
export function FindButton({ find }: { find: Pick<Find, 'open' | 'setOpen' | 'ids'> }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button find-button"
      aria-label={t('find.open')}
      aria-expanded={find.open}
      aria-controls={find.open ? find.ids.bar : undefined}
      aria-keyshortcuts="Control+F Meta+F"
      onClick={() => find.setOpen(!find.open)}
    >
      <svg className="find-button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.5" />
        <line x1="10.2" y1="10.2" x2="14" y2="14" />
      </svg>
      <span className="hide-when-narrow">{t('find.button')}</span>
    </button>
  );
}
