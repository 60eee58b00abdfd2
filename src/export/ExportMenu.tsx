import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './export-filename';

/** What the menu offers: an export format, or printing. */
export type ExportChoice = ExportFormat | 'print';
/** Everything, or only what the notes sidebar's filter shows. */
export type ExportScope = 'all' | 'filter';

const FORMATS: readonly ExportFormat[] = ['jsonld', 'markdown', 'csv', 'html'];

interface ExportMenuProps {
  /** Null when no filter is active: then there is no scope to choose. */
  scope: ExportScope | null;
  onScopeChange: (scope: ExportScope) => void;
  /** False when the chosen scope holds no annotation: formats are then unavailable. */
  canExport: boolean;
  onChoose: (choice: ExportChoice) => void;
  /** Open from the start, its first item focused: the reader already pressed the button. */
  initiallyOpen?: boolean;
}

/**
 * The "Export" menu button (WAI-ARIA menu pattern): JSON-LD, Markdown, CSV, HTML and Print,
 * with an "All annotations" / "Current filter" choice when a filter is active. Arrow keys, Home
 * and End move between items; Escape closes and returns focus to the button; Tab or a click
 * outside closes.
 */
export function ExportMenu({
  scope,
  onScopeChange,
  canExport,
  onChoose,
  initiallyOpen = false,
}: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const buttonId = useId();
  const menuId = useId();
  const hintId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    // The menu opens inside the scrolling notes sidebar: bring all of it into view.
    menuRef.current?.scrollIntoView?.({ block: 'nearest' });
    items()[0]?.focus({ preventScroll: true });
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Captured first, so a drawer's own Escape handler does not also close the drawer.
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onEscape, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onEscape, true);
    };
  }, [open]);

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      e.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Tab') setOpen(false);
  };

  const choose = (choice: ExportChoice) => {
    setOpen(false);
    buttonRef.current?.focus();
    onChoose(choice);
  };

  const item = (choice: ExportChoice, label: string, hint: string, disabled = false) => (
    <button
      key={choice}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="export-menu__item"
      aria-disabled={disabled || undefined}
      aria-describedby={`${hintId}-${choice}`}
      onClick={() => !disabled && choose(choice)}
    >
      <span className="export-menu__label">{label}</span>
      <span id={`${hintId}-${choice}`} className="export-menu__hint" aria-hidden="true">
        {disabled ? t('exporting.nothingToExport') : hint}
      </span>
    </button>
  );

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('exporting.menuButton')}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="export-menu__menu popover"
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
        >
          {scope !== null && (
            <>
              <div role="group" aria-label={t('exporting.scope')} className="export-menu__scope">
                {(['all', 'filter'] as const).map((value) => (
                  <button
                    key={value}
                    type="button"
                    role="menuitemradio"
                    tabIndex={-1}
                    aria-checked={scope === value}
                    className="export-menu__item export-menu__radio"
                    onClick={() => onScopeChange(value)}
                  >
                    {t(value === 'all' ? 'exporting.scopeAll' : 'exporting.scopeFilter')}
                  </button>
                ))}
              </div>
              <div role="separator" className="export-menu__separator" />
            </>
          )}
          {FORMATS.map((format) =>
            item(
              format,
              t(`exporting.formats.${format}`),
              t(`exporting.hints.${format}`),
              !canExport,
            ),
          )}
          <div role="separator" className="export-menu__separator" />
          {item('print', t('exporting.print'), t('exporting.hints.print'))}
        </div>
      )}
    </div>
  );
}
