/**
 * The small blocking script in `<head>` (built to its own file by `vite.config.ts`; the CSP
 * allows only same-origin scripts, no inline ones). Before the first paint of the prerendered
 * HTML it applies what the reader stored: the UI language's `lang`/`dir`, the theme, text size
 * and line spacing. When the stored UI language is not the prerendered one, it also hides the
 * header's and panels' words until the app has rendered them (the article shows at once).
 */
import { applyDocumentLanguage, initialUiLanguage } from '../i18n/document-language';
import { applyReadingSettings, storedReadingSettings } from '../settings/page-settings';
import { PRERENDERED_LANGUAGE, UI_PENDING_ATTRIBUTE } from './prerendered';

const language = initialUiLanguage();
applyDocumentLanguage(language);
applyReadingSettings(storedReadingSettings());
if (language !== PRERENDERED_LANGUAGE) {
  document.documentElement.setAttribute(UI_PENDING_ATTRIBUTE, '');
}
