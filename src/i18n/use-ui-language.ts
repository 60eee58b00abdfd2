import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSetting } from '../storage/settings-storage';
import { applyDocumentLanguage, LANGUAGE_STORAGE_KEY as STORAGE_KEY } from './document-language';
import { isUiLanguage, type UiLanguage } from './languages';
import { addLaterTranslations } from './later-translations';
import { loadTranslations } from './load-translations';

/** The UI language and a setter that loads its translations if needed, switches, remembers and mirrors the page. */
export function useUiLanguage(): [UiLanguage, (language: UiLanguage) => Promise<void>] {
  const { i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'ar';
  const setLanguage = useCallback(
    async (next: UiLanguage) => {
      if (!i18n.hasResourceBundle(next, 'translation')) {
        i18n.addResourceBundle(next, 'translation', await loadTranslations(next));
      }
      await addLaterTranslations(next);
      saveSetting(STORAGE_KEY, next);
      applyDocumentLanguage(next);
      // A `?lang=` in the address would win on reload; keep it in step with the choice.
      const url = new URL(location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.set('lang', next);
        history.replaceState(history.state, '', url);
      }
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return [language, setLanguage];
}
