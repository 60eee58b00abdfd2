import ar from '../../../src/i18n/locales/all-notes.ar.json';
import en from '../../../src/i18n/locales/all-notes.en.json';
import { describeLocalePair } from '../i18n/locale-pair';

describeLocalePair('the all-notes translations (loaded with its view)', ar, en);
