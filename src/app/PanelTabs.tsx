import { useTranslation } from 'react-i18next';

export type PanelId = 'timeline' | 'notes';

interface PanelTabsProps {
  open: PanelId | null;
  onToggle: (id: PanelId) => void;
}

/** The bar that opens the sidebars as drawers on narrow screens (hidden on wide ones). */
export function PanelTabs({ open, onToggle }: PanelTabsProps) {
  const { t } = useTranslation();
  const tabs: [PanelId, string][] = [
    ['timeline', t('layout.showTimeline')],
    ['notes', t('layout.showNotes')],
  ];
  return (
    <nav className="panel-tabs" aria-label={t('layout.panels')}>
      {tabs.map(([id, label]) => (
        <button
          key={id}
          id={`${id}-tab`}
          type="button"
          aria-expanded={open === id}
          aria-controls={id}
          onClick={() => onToggle(id)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
