import { useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../storage/annotation-record';
import { placeToolbar, type ToolbarPlacement } from './place-toolbar';
import type { ArticleSelection } from './use-article-selection';
import './highlights.css';

interface SelectionToolbarProps {
  selection: ArticleSelection;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
  onCopyQuote: () => void;
  /** Without it, no "Add to timeline" button (a document with a curated timeline). */
  onAddToTimeline?: () => void;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The floating toolbar beside a selection: one button per color, "Add note", "Copy quote" and,
 * on a document with the reader's own timeline, "Add to timeline".
 * One tab stop; arrow keys move between buttons (mirrored in RTL), Home/End jump.
 * Buttons keep the selection when clicked (no focus steal on mousedown).
 */
export function SelectionToolbar({
  selection,
  onHighlight,
  onAddNote,
  onCopyQuote,
  onAddToTimeline,
  ref,
}: SelectionToolbarProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<ToolbarPlacement | null>(null);
  const [active, setActive] = useState(0);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const dir = getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
    setPlacement(
      placeToolbar(selection.firstRect, selection.lastRect, el.getBoundingClientRect(), {
        width: window.innerWidth,
        height: window.innerHeight,
        topInset: document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0,
        direction: dir,
      }),
    );
  }, [selection]);

  const buttons = [
    ...HIGHLIGHT_COLORS.map((color) => ({
      key: color,
      label: t(`colors.${color}`),
      className: `toolbar__swatch toolbar__swatch--${color}`,
      run: () => onHighlight(color),
    })),
    { key: 'note', label: t('toolbar.addNote'), className: 'button', run: onAddNote },
    { key: 'copy', label: t('toolbar.copyQuote'), className: 'button', run: onCopyQuote },
    ...(onAddToTimeline
      ? [
          {
            key: 'timeline',
            label: t('toolbar.addToTimeline'),
            className: 'button',
            run: onAddToTimeline,
          },
        ]
      : []),
  ];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    let next = active;
    if (step) next = (active + step + buttons.length) % buttons.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else return;
    e.preventDefault();
    setActive(next);
    box.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  return (
    <div
      ref={(el) => {
        box.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      role="toolbar"
      aria-label={t('toolbar.label')}
      className="selection-toolbar"
      style={
        placement
          ? { insetBlockStart: placement.blockStart, insetInlineStart: placement.inlineStart }
          : { visibility: 'hidden' }
      }
      onKeyDown={onKeyDown}
      title={t('toolbar.hint')}
    >
      {buttons.map((b, i) => (
        <button
          key={b.key}
          type="button"
          className={b.className}
          tabIndex={i === active ? 0 : -1}
          aria-label={b.className.startsWith('toolbar__swatch') ? b.label : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
        >
          {b.className.startsWith('toolbar__swatch') ? null : b.label}
        </button>
      ))}
    </div>
  );
}
