import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  announcementKey,
  progressFraction,
  type TaskProgress as Progress,
} from '../task/task-progress';
import './task-progress.css';

interface TaskProgressProps {
  /** The bar's accessible name: what the work is ("Importing notes.json"). */
  name: string;
  progress: Progress;
  /** What it is doing and how far, already translated ("Checking 12,400 of 20,000"). */
  label: string;
  /** Shows a Cancel button that calls this; omitted when the work cannot be stopped. */
  onCancel?: () => void;
  /** True once Cancel was pressed and the work is winding down (the button is then disabled). */
  cancelling?: boolean;
  /** Moves focus to Cancel when shown, for a bar that replaces the button that started it. */
  focusCancel?: boolean;
}

/**
 * A long piece of work on screen: a progress bar (`role="progressbar"` with its value, or
 * indeterminate while the total is unknown), the label beside it, and a Cancel button. Screen
 * readers hear it through a polite live region that speaks only at each new phase and each
 * quarter of it, never at every step of the bar.
 */
export function TaskProgress({
  name,
  progress,
  label,
  onCancel,
  cancelling,
  focusCancel,
}: TaskProgressProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusCancel) cancelRef.current?.focus();
  }, [focusCancel]);
  const key = announcementKey(progress);
  const [announced, setAnnounced] = useState({ key, text: label });
  // Adjusted during render (React's pattern for state that follows a prop): no extra paint.
  if (announced.key !== key) setAnnounced({ key, text: label });
  const fraction = progressFraction(progress);

  return (
    <div className="task-progress">
      <div
        className={`task-progress__bar${fraction === null ? ' task-progress__bar--indeterminate' : ''}`}
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={progress.total ?? undefined}
        aria-valuenow={progress.total === null ? undefined : progress.done}
        aria-valuetext={label}
      >
        <div
          className="task-progress__fill"
          style={fraction === null ? undefined : { inlineSize: `${(fraction * 100).toFixed(1)}%` }}
        />
      </div>
      {/* Hidden from screen readers: the bar's value text and the live region say it. */}
      <span className="task-progress__label" aria-hidden="true">
        {label}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announced.text}
      </span>
      {onCancel && (
        <button
          ref={cancelRef}
          type="button"
          className="button"
          disabled={cancelling}
          onClick={onCancel}
        >
          {t('tasks.cancel')}
        </button>
      )}
    </div>
  );
}
