import 'i18next';
import type allNotes from './locales/all-notes.ar.json';
import type library from './locales/library.ar.json';
import type ar from './locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The library's and the all-notes view's strings are added when their views load
    // (src/i18n/locales/library.*.json, all-notes.*.json).
    resources: { translation: typeof ar & typeof library & typeof allNotes };
  }
}
