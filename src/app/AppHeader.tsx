import { lazy, Suspense, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterTranslations } from '../i18n/later-translations';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { ReadingSettingsMenu } from '../settings/ReadingSettingsMenu';
import { HeaderLink } from './HeaderLink';

const PersistenceStatus = lazy(() =>
  withLaterTranslations(import('../backup/PersistenceStatus')).then((m) => ({
    default: m.PersistenceStatus,
  })),
);

/**
 * The banner: app name, the ways to the library and to all its notes, and the controls that apply to the whole page. `slotRef` receives the
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
        <HeaderLink
          to="library"
          label={t('library.link')}
          icon={
            <>
              <rect x="2" y="2.5" width="3" height="11" />
              <rect x="6.5" y="2.5" width="3" height="11" />
              <line x1="11" y1="3.5" x2="14" y2="13" />
            </>
          }
        />
        <HeaderLink
          to="notes"
          label={t('library.allNotes')}
          icon={<path d="M3 2.5h10v11H3zM5.5 6h5M5.5 8.5h5M5.5 11h3" />}
        />
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
