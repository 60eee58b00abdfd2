import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SidebarProps {
  id: string;
  title: string;
  /** Shown in the heading after the title (e.g. a count); not part of the landmark's name. */
  subtitle?: string;
  /** Whether the drawer is open on narrow screens; on wide screens sidebars always show. */
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A named `complementary` landmark. Beside the article on wide screens; below ~900 px a
 * drawer that opens over the article, takes focus, and closes with Escape.
 */
export function Sidebar({ id, title, subtitle, open, onClose, children }: SidebarProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!open) return;
    // Only as a drawer (narrow screens) does opening move focus into the panel.
    if (window.matchMedia?.('(max-width: 900px)').matches) headingRef.current?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      onClose();
      document.getElementById(`${id}-tab`)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, id, onClose]);

  return (
    <aside id={id} className={`sidebar sidebar--${id}${open ? ' is-open' : ''}`} aria-label={title}>
      <div className="sidebar__head">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {title}
          {subtitle && (
            <>
              <span aria-hidden="true" className="sidebar__subtitle">
                {' · '}
              </span>
              <span className="sidebar__subtitle">{subtitle}</span>
            </>
          )}
        </h2>
        <button
          type="button"
          className="sidebar__close icon-button"
          aria-label={t('layout.closePanel')}
          onClick={() => {
            onClose();
            document.getElementById(`${id}-tab`)?.focus();
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="sidebar__body">{children}</div>
    </aside>
  );
}
