import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import ar from '../i18n/locales/all-notes.ar.json';
import en from '../i18n/locales/all-notes.en.json';

const added = new WeakSet<i18n>();

/**
 * Adds the all-notes view's strings to the app's translations, once per i18next instance, in
 * both UI languages: they ship with the view's lazy chunk, not in the first screen's bundle.
 * Call it before the view's first `t()`; idempotent and synchronous.
 */
export function useAllNotesTranslations(): void {
  const { i18n } = useTranslation();
  if (added.has(i18n)) return;
  added.add(i18n);
  i18n.addResourceBundle('ar', 'translation', ar, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
