import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../ui/plain-click';
import { useLibraryTranslations } from './use-library-translations';

interface DocumentNotFoundProps {
  /** The library's address. */
  libraryHref: string;
  /** Opens the library in this tab (a plain click on the link). */
  onOpenLibrary: () => void;
}

/**
 * What an address naming a document that is not in this device's library shows: that it is
 * not here, and a link to the library. Nothing of the address is echoed into the page.
 */
export function DocumentNotFound({ libraryHref, onOpenLibrary }: DocumentNotFoundProps) {
  useLibraryTranslations();
  const { t } = useTranslation();
  const headingId = useId();
  useEffect(() => {
    document.title = t('libraryView.notFoundTitle');
  }, [t]);
  return (
    <main id="main" className="library" tabIndex={-1} aria-labelledby={headingId}>
      <h1 id={headingId} className="library__heading">
        {t('libraryView.notFoundHeading')}
      </h1>
      <p>{t('libraryView.notFound')}</p>
      <p>
        <a
          href={libraryHref}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onOpenLibrary();
          }}
        >
          {t('libraryView.openLibrary')}
        </a>
      </p>
    </main>
  );
}
