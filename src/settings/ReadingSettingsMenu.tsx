import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterTranslations } from '../i18n/later-translations';

// The form loads the first time the panel opens; the panel shows once it is there.
const ReadingSettingsForm = lazy(() =>
  withLaterTranslations(import('./ReadingSettingsForm')).then((m) => ({
    default: m.ReadingSettingsForm,
  })),
);

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
  // State, not a ref: the panel appears after the form's code, and focus goes in then.
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!open || !panel) return;
    panel.querySelector<HTMLElement>('input, select, button')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
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
  }, [open, panel]);

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
        <Suspense fallback={null}>
          <div
            ref={setPanel}
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
        </Suspense>
      )}
    </div>
  );
}
