/**
 * The small blocking script at the top of `<head>` (built and inlined by `vite.config.ts`; the
 * CSP allows it by its hash, and no other inline script). Before the first paint of the
 * prerendered HTML it applies what the reader stored: the UI language's `lang`/`dir`, the theme,
 * text size and line spacing. When the stored UI language is not the prerendered one, it also
 * hides the header's and panels' words until the app has rendered them (the article shows at
 * once). And it starts reading the opened document's annotations.
 */
import { applyDocumentLanguage, initialUiLanguage } from '../i18n/document-language';
import { applyReadingSettings, storedReadingSettings } from '../settings/page-settings';
import { startEarlyRead } from '../storage/early-read';
import { documentToOpen } from './last-document';
import { PRERENDERED_LANGUAGE, UI_PENDING_ATTRIBUTE } from './prerendered';

// First of all: the browser reads the opened document's annotations while the page paints and
// the app loads (see `early-read.ts`).
const opening = documentToOpen(location.search);
if (opening !== null) startEarlyRead(opening);

const language = initialUiLanguage();
applyDocumentLanguage(language);
applyReadingSettings(storedReadingSettings());
if (language !== PRERENDERED_LANGUAGE) {
  document.documentElement.setAttribute(UI_PENDING_ATTRIBUTE, '');
}

/** Marks index.html's entry script, which the build turns into a modulepreload (vite.config.ts). */
const ENTRY_ATTRIBUTE = 'data-app-entry';

/**
 * Runs the app once the prerendered page has been painted. Its scripts are fetched (and
 * compiled) from the start through modulepreloads, but running them as soon as they arrive would
 * hold the first paint back behind React's start-up. Waits for the whole document (a module
 * added by script runs as soon as it loads, and hydration needs all of `#root`), then for the
 * frame after the next one; a hidden tab paints nothing, so there it starts at once.
 */
function startAfterFirstPaint(): void {
  const start = () => {
    // Looked up only now: this script runs before the parser has reached the link.
    const entry = document.querySelector<HTMLLinkElement>(`link[${ENTRY_ATTRIBUTE}]`);
    if (!entry) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = entry.href;
    document.head.append(script);
  };
  const afterPaint = () => {
    if (document.visibilityState === 'hidden') start();
    else requestAnimationFrame(() => setTimeout(start, 0));
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  } else afterPaint();
}

startAfterFirstPaint();
