import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './languages';

/** One language's translations (a locale JSON file); keys are typed from ar.json elsewhere. */
export type Translations = Record<string, unknown>;

/**
 * Creates a ready i18next instance from the bundles given (init is synchronous). The app
 * passes Arabic and, only when needed, English (loaded on demand); a fresh instance per call
 * keeps tests isolated.
 */
export function createI18nWith(
  language: UiLanguage,
  bundles: Partial<Record<UiLanguage, Translations>>,
): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ar',
    supportedLngs: ['ar', 'en'],
    resources: Object.fromEntries(
      Object.entries(bundles).map(([lng, translation]) => [lng, { translation }]),
    ),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
