import ar from '../../../src/i18n/locales/library.ar.json';
import en from '../../../src/i18n/locales/library.en.json';
import { describeLocalePair } from '../i18n/locale-pair';

describeLocalePair('the library translations (loaded with its views)', ar, en);
