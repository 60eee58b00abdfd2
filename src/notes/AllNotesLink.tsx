import { useTranslation } from 'react-i18next';
import { useAllNotesTranslations } from './use-all-notes-translations';

/**
 * The "All notes" link (`?notes`). A plain click opens the view without a reload through
 * `onOpen`; a middle or modified click is the browser's to follow.
 */
export function AllNotesLink({ href, onOpen }: { href: string; onOpen: () => void }) {
  useAllNotesTranslations();
  const { t } = useTranslation();
  return (
    <a
      href={href}
      className="button"
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onOpen();
      }}
    >
      {t('allNotes.link')}
    </a>
  );
}
