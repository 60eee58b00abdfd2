import { lazy, Suspense, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterTranslations } from '../i18n/later-translations';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { ReadingSettingsMenu } from '../settings/ReadingSettingsMenu';
import { LibraryLink } from './LibraryLink';

const PersistenceStatus = lazy(() =>
  withLaterTranslations(import('../backup/PersistenceStatus')).then((m) => ({
    default: m.PersistenceStatus,
  })),
);

/**
 * The banner: app name, the way to the library, and the controls that apply to the whole page. `slotRef` receives the
 * element where the loaded reader adds its own tools (Find).
 */
export function AppHeader({ slotRef }: { slotRef?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <p className="app-header__name">
        <span className="app-header__logo" aria-hidden="true">
          ق
        </span>
        <span className="app-header__title">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </p>
      <div className="app-header__tools">
        <LibraryLink />
        <div ref={slotRef} className="app-header__slot" />
        <LanguageSelect />
        <ReadingSettingsMenu>
          <Suspense fallback={null}>
            <PersistenceStatus />
          </Suspense>
        </ReadingSettingsMenu>
      </div>
    </header>
  );
}
