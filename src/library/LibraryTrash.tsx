import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import type { LibraryItem } from './library-item';

interface LibraryTrashProps {
  items: readonly LibraryItem[];
  onRestore: (id: string) => void;
  onDeleteForGood: (id: string) => void;
}

/**
 * The library's Trash: deleted articles (with their highlights and notes) until restored or
 * deleted for good, which asks first. The built-in article can only be restored: it is hidden,
 * never destroyed.
 */
export function LibraryTrash({ items, onRestore, onDeleteForGood }: LibraryTrashProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [confirming, setConfirming] = useState<LibraryItem | null>(null);
  return (
    <section className="library-trash" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('libraryView.trash')}</h2>
      {items.length === 0 ? (
        <p className="library__empty">{t('libraryView.trashEmpty')}</p>
      ) : (
        <ul className="library-trash__list" aria-label={t('libraryView.trashList')}>
          {items.map((item) => (
            <li key={item.id} className="library-trash__item">
              <span lang={item.language} dir={item.direction} className="library-trash__title">
                {item.title}
              </span>
              <span className="library-trash__actions">
                <button type="button" className="button" onClick={() => onRestore(item.id)}>
                  {t('libraryView.restore')}
                </button>
                {item.builtIn ? null : (
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={() => setConfirming(item)}
                  >
                    {t('libraryView.deleteForever')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <ModalDialog
          title={t('libraryView.confirmDeleteForeverTitle')}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('libraryView.confirmDeleteForever', { title: confirming.title })}</p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('libraryView.keep')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirming(null);
                onDeleteForGood(confirming.id);
              }}
            >
              {t('libraryView.deleteForever')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </section>
  );
}
