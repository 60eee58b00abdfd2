import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import ar from '../i18n/locales/library.ar.json';
import en from '../i18n/locales/library.en.json';

const added = new WeakSet<i18n>();

/**
 * Adds the library's strings (the list, the Trash, the add-article dialog) to the app's
 * translations, once per i18next instance, in both UI languages. They ship with the library's
 * lazy chunk, not in the first screen's Arabic bundle. Call it before the first `t()` of a
 * library view; it is idempotent and synchronous.
 */
export function useLibraryTranslations(): void {
  const { i18n } = useTranslation();
  if (added.has(i18n)) return;
  added.add(i18n);
  i18n.addResourceBundle('ar', 'translation', ar, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
