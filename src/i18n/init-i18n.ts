import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { UiLanguage } from './languages';

/** Translation resources; Arabic is the reference for the typed keys. */
export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

/**
 * Creates a ready i18next instance (resources are bundled, so init is synchronous).
 * A fresh instance per call keeps tests isolated.
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ar',
    supportedLngs: ['ar', 'en'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
