import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterTranslations } from '../i18n/later-translations';
import type { AnnotationRecord } from '../storage/annotation-record';

// The list loads when the trash is first opened: most visits never open it.
const TrashList = lazy(() =>
  withLaterTranslations(import('./TrashList')).then((m) => ({ default: m.TrashList })),
);

/** The trash: deleted highlights, each restorable or removable for good (after a confirmation). */
export function TrashSection({ trash }: { trash: readonly AnnotationRecord[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const listId = useId();

  return (
    <section className="notes__section" aria-labelledby={headingId}>
      <h3 className="notes__section-title">
        <button
          id={headingId}
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('notes.trash')}
        </button>
        <span className="notes__badge" aria-hidden="true">
          {trash.length}
        </span>
      </h3>
      <div id={listId} hidden={!open}>
        {trash.length === 0 ? (
          <p className="notes__empty">{t('notes.trashEmpty')}</p>
        ) : (
          open && (
            <Suspense fallback={null}>
              <TrashList trash={trash} />
            </Suspense>
          )
        )}
      </div>
    </section>
  );
}
