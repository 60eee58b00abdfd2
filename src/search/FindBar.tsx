import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../anchoring/selectors';
import type { Find } from './use-find';
import './search.css';
import { isTextEntry } from '../ui/is-text-entry';

export interface FindBarProps {
  find: Find;
  /**
   * Where focus goes when the bar is closed (Escape, close button) if the element that had
   * focus before it opened is gone or was the page itself.
   */
  returnFocusTo?: HTMLElement | null;
  /** Called on closing with the current hit (null when there is none), to select it. */
  onClose?: (hit: TextRange | null) => void;
}

/**
 * The find bar (only while `find.open`): a search box, the count ("3 of 12"), previous/next
 * and close. Enter goes to the next hit and Shift+Enter to the previous, wrapping; Escape
 * closes and puts focus back where it was before the bar opened, handing the current hit to
 * `onClose`.
 */
export function FindBar({ find, returnFocusTo, onClose }: FindBarProps) {
  const { t } = useTranslation();
  const barRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusBefore = useRef<HTMLElement | null>(null);
  const { open, focusRequest, setOpen } = find;

  // Each request to open (button, Ctrl+F, even while open) lands in the box, query selected.
  useEffect(() => {
    const input = inputRef.current;
    if (!open || !input) return;
    const active = document.activeElement;
    if (!barRef.current?.contains(active)) {
      focusBefore.current =
        active instanceof HTMLElement && active !== document.body ? active : null;
    }
    input.focus();
    input.select();
  }, [open, focusRequest]);

  const close = () => {
    const hit = find.currentHit();
    setOpen(false);
    const target = [focusBefore.current, returnFocusTo].find((el) => el?.isConnected);
    // The reader stays on the hit they found: no scrolling back to where they started.
    target?.focus({ preventScroll: true });
    // Back in a text field (Ctrl+F from a note), the reader is typing, not selecting.
    onClose?.(isTextEntry(target) ? null : hit);
  };
  const closeOnEscape = useEffectEvent(close);

  useEffect(() => {
    const bar = barRef.current;
    if (!open || !bar) return;
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.isComposing) return;
      // A search box would also clear itself, and a drawer behind the bar would close too.
      e.preventDefault();
      e.stopPropagation();
      closeOnEscape();
    };
    bar.addEventListener('keydown', onKeyDown);
    return () => bar.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!open) return null;

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (e.shiftKey) find.previous();
    else find.next();
  };
  const noHits = find.hits.length === 0;
  const { status } = find;
  const statusText =
    status.code === 'idle'
      ? ''
      : status.code === 'none'
        ? t('find.noMatches')
        : t('find.count', {
            current: status.position,
            total: status.capped ? t('find.atLeast', { limit: status.total }) : status.total,
          });

  return (
    <div
      ref={barRef}
      id={find.ids.bar}
      className="find-bar popover"
      role="search"
      aria-label={t('find.region')}
    >
      <label htmlFor={find.ids.input} className="visually-hidden">
        {t('find.box')}
      </label>
      <input
        ref={inputRef}
        id={find.ids.input}
        type="search"
        className="find-bar__input"
        dir="auto"
        value={find.query}
        placeholder={t('find.box')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-no-matches={status.code === 'none' || undefined}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={onInputKeyDown}
      />
      <p role="status" className="find-bar__status">
        {statusText}
      </p>
      {/* Up and down: hits run down the page whichever way the lines run. */}
      {(
        [
          { label: t('find.previous'), run: find.previous, points: '4,10 8,6 12,10' },
          { label: t('find.next'), run: find.next, points: '4,6 8,10 12,6' },
        ] as const
      ).map(({ label, run, points }) => (
        <button
          key={points}
          type="button"
          className="icon-button find-bar__step"
          aria-label={label}
          disabled={noHits}
          onClick={run}
        >
          <svg className="find-bar__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <polyline points={points} />
          </svg>
        </button>
      ))}
      <button type="button" className="icon-button" aria-label={t('find.close')} onClick={close}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
