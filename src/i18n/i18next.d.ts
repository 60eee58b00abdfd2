import 'i18next';
import type library from '../library/locales/ar.json';
import type ar from './locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The library's strings are added when its views load (src/library/locales/).
    resources: { translation: typeof ar & typeof library };
  }
}
