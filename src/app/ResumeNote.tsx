import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Continued where you left off", with a way back to the start; dismissible. */
export function ResumeNote({ onBackToStart }: { onBackToStart: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="resume-note" role="status">
      <p>{t('resume.message')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(false);
          onBackToStart();
        }}
      >
        {t('resume.backToStart')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('resume.dismiss')}
        onClick={() => setOpen(false)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
