import { useTranslation } from 'react-i18next';
import { useAppRoute } from './use-app-route';

/**
 * The header's "Library" link. Its address is the relative `?library` (the same in the
 * prerendered page and every document); a plain click opens the library without a reload.
 */
export function LibraryLink() {
  const { t } = useTranslation();
  const [route, go] = useAppRoute();
  return (
    <a
      href="?library"
      className="button app-header__library"
      aria-current={route.kind === 'library' ? 'page' : undefined}
      onClick={(e) => {
        // A middle or modified click (new tab, window) is the browser's to follow.
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go({ kind: 'library' });
      }}
    >
      {t('library.link')}
    </a>
  );
}
