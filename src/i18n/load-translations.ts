import type { Translations } from './create-i18n';
import type { UiLanguage } from './languages';
import ar from './locales/ar.json?first';

/**
 * A language's translations: Arabic (the default) is in the first bundle, English is fetched
 * the first time it is wanted, so Arabic readers never download it. Only the part the first
 * screen needs (`split-translations.ts`); `later-translations.ts` adds the rest with the code
 * that uses it.
 */
export async function loadTranslations(language: UiLanguage): Promise<Translations> {
  if (language === 'ar') return ar;
  return (await import('./locales/en.json?first')).default;
}
