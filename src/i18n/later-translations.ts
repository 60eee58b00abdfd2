import type { i18n } from 'i18next';
import type { UiLanguage } from './languages';

/** The app's instance, whose first bundles lack the later translations (see `main.tsx`). */
let app: i18n | null = null;
/** Whether later code has loaded: a language switched to then needs its later part too. */
let wanted = false;
const loading = new Map<UiLanguage, Promise<void>>();

/** Makes `instance` the one that gets the later translations; the app's instance only. */
export function giveLaterTranslationsTo(instance: i18n): void {
  app = instance;
}

const load = (language: UiLanguage) =>
  language === 'ar' ? import('./locales/ar.json?later') : import('./locales/en.json?later');

/**
 * Adds `language`'s later translations (`split-translations.ts`) to the app's instance, once;
 * nothing to do before later code has loaded, or where no instance lacks them (tests).
 */
export function addLaterTranslations(language: UiLanguage): Promise<void> {
  const instance = app;
  if (!instance || !wanted) return Promise.resolve();
  let done = loading.get(language);
  if (!done) {
    done = load(language).then(({ default: later }) => {
      instance.addResourceBundle(language, 'translation', later, true, false);
    });
    loading.set(language, done);
  }
  return done;
}

/**
 * `chunk` once the translations its code uses are in too: wrap every lazy import of code that
 * uses the later translations, so that it never renders a key in their place.
 */
export async function withLaterTranslations<T>(chunk: Promise<T>): Promise<T> {
  wanted = true;
  const language = app?.language === 'en' ? 'en' : 'ar';
  const [loaded] = await Promise.all([chunk, addLaterTranslations(language)]);
  return loaded;
}
