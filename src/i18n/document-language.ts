import { loadSetting } from '../storage/settings-storage';
import { DIRECTION, pickUiLanguage, type UiLanguage } from './languages';

/** Where the chosen UI language is kept in localStorage. */
export const LANGUAGE_STORAGE_KEY = 'qari.language';

/** The language to start in: URL, then saved choice, then browser, then Arabic. */
export function initialUiLanguage(): UiLanguage {
  return pickUiLanguage(
    location.search,
    loadSetting(LANGUAGE_STORAGE_KEY),
    navigator.languages ?? [],
  );
}

/** Points `<html lang dir>` at the UI language; the article keeps its own `lang="ar" dir="rtl"`. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = DIRECTION[language];
}
