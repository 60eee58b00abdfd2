import 'i18next';
import type library from './locales/library.ar.json';
import type ar from './locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The library's strings are added when its views load (src/i18n/locales/library.*.json).
    resources: { translation: typeof ar & typeof library };
  }
}
