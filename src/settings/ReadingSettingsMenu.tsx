import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadingSettingsForm } from './ReadingSettingsForm';

/**
 * The "Reading settings" button and the non-modal panel it opens (with `children` below the
 * reading controls). Escape or a click outside closes the panel and returns focus to the button.
 */
export function ReadingSettingsMenu({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="settings-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">Aa</span>
        <span className="hide-when-narrow"> {t('settings.open')}</span>
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className="settings-menu__panel popover"
          role="dialog"
          aria-labelledby={titleId}
        >
          <h2 id={titleId} className="settings-menu__title">
            {t('settings.title')}
          </h2>
          <ReadingSettingsForm />
          {children}
          <button type="button" className="button" onClick={close}>
            {t('settings.close')}
          </button>
        </div>
      )}
    </div>
  );
}
