import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEventDate } from '../storage/timeline-event-record';
import { parseTypedDate, typedDateOf } from './own-timeline';

interface EventEditFormProps {
  title: string;
  date: StoredEventDate | null;
  /** The document's language and direction: the title is written in it. */
  lang: string;
  dir: 'rtl' | 'ltr';
  /** The save button's name: "Save" for an event, "Accept" for a proposal. */
  saveLabel: string;
  onSave: (change: { title: string; date: StoredEventDate | null }) => void;
  onCancel: () => void;
}

/**
 * Edits an event's title and date (typed as YYYY-MM-DD, YYYY-MM or YYYY, or left empty). A
 * blank title or an unreadable date is said, and nothing is saved. An unchanged date keeps its
 * calendar and the words the text wrote it in.
 */
export function EventEditForm({
  title,
  date,
  lang,
  dir,
  saveLabel,
  onSave,
  onCancel,
}: EventEditFormProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), date: useId(), hint: useId(), error: useId() };
  const [titleText, setTitleText] = useState(title);
  const [dateText, setDateText] = useState(typedDateOf(date));
  const [error, setError] = useState<'title' | 'date' | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // The form opens on the reader's press, to be filled in at once.
  useEffect(() => titleRef.current?.focus(), []);

  const cancelOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // The form's Escape, not the drawer's.
    e.nativeEvent.stopImmediatePropagation();
    onCancel();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (titleText.trim() === '') return setError('title');
    const typed = dateText.trim() === typedDateOf(date) ? date : parseTypedDate(dateText);
    if (typed === undefined) return setError('date');
    onSave({ title: titleText.trim(), date: typed });
  };

  return (
    <form className="timeline-edit" onSubmit={submit}>
      <label htmlFor={ids.title}>{t('ownTimeline.titleLabel')}</label>
      <input
        id={ids.title}
        type="text"
        lang={lang}
        dir={dir}
        value={titleText}
        ref={titleRef}
        aria-invalid={error === 'title' || undefined}
        aria-describedby={error === 'title' ? ids.error : undefined}
        onKeyDown={cancelOnEscape}
        onChange={(e) => setTitleText(e.target.value)}
      />
      <label htmlFor={ids.date}>{t('ownTimeline.dateLabel')}</label>
      <input
        id={ids.date}
        type="text"
        dir="ltr"
        inputMode="numeric"
        value={dateText}
        aria-invalid={error === 'date' || undefined}
        aria-describedby={[ids.hint, error === 'date' ? ids.error : null].filter(Boolean).join(' ')}
        onKeyDown={cancelOnEscape}
        onChange={(e) => setDateText(e.target.value)}
      />
      <p className="timeline-edit__hint" id={ids.hint}>
        {t('ownTimeline.dateHint')}
      </p>
      {error && (
        <p className="timeline-edit__error" id={ids.error} role="alert">
          {t(error === 'title' ? 'ownTimeline.titleRequired' : 'ownTimeline.dateInvalid')}
        </p>
      )}
      <div className="timeline-edit__actions">
        <button type="submit" className="button">
          {saveLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ownTimeline.cancel')}
        </button>
      </div>
    </form>
  );
}
