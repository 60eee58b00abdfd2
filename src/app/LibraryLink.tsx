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
      <svg
        className="app-header__library-icon"
        viewBox="0 0 16 16"
        aria-hidden="true"
        focusable="false"
      >
        <rect x="2" y="2.5" width="3" height="11" />
        <rect x="6.5" y="2.5" width="3" height="11" />
        <line x1="11" y1="3.5" x2="14" y2="13" />
      </svg>
      {/* Only the icon at phone width, where the header has no room for four labels. */}
      <span className="hide-when-narrow">{t('library.link')}</span>
    </a>
  );
}
