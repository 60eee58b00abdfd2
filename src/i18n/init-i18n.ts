import type { i18n } from 'i18next';
import { createI18nWith } from './create-i18n';
import type { UiLanguage } from './languages';
import ar from './locales/ar.json';
import en from './locales/en.json';

/**
 * An i18next instance with both languages bundled, for tests and tools. The app itself uses
 * {@link createI18nWith} with English loaded only when it is wanted (`load-translations.ts`).
 */
export function createI18n(language: UiLanguage): i18n {
  return createI18nWith(language, { ar, en });
}
