import type { UiLanguage } from '../i18n/languages';
import type { ReadingSettings } from '../settings/reading-settings';
import { loadSetting } from '../storage/settings-storage';
import {
  DEFAULT_TIMELINE_DISPLAY,
  TIMELINE_DISPLAY_KEY,
  isTimelineDisplay,
} from '../timeline/timeline-settings';

/** The UI language of the HTML prerendered at build time (`prerender.tsx`). */
export const PRERENDERED_LANGUAGE: UiLanguage = 'ar';

/**
 * Whether the browser's first render will match the prerendered HTML, so that it can be
 * hydrated: the same UI language, harakat shown (hiding them changes the article's text) and
 * the timeline's default date style. Theme, text size and spacing live on `<html>`, outside
 * the rendered tree, and never prevent it.
 */
export function matchesPrerender(language: UiLanguage, settings: ReadingSettings): boolean {
  const display = loadSetting(TIMELINE_DISPLAY_KEY, isTimelineDisplay) ?? DEFAULT_TIMELINE_DISPLAY;
  return (
    language === PRERENDERED_LANGUAGE &&
    settings.showHarakat &&
    display.monthNames === DEFAULT_TIMELINE_DISPLAY.monthNames &&
    display.digits === DEFAULT_TIMELINE_DISPLAY.digits
  );
}

/**
 * Set on `<html>` before the first paint when the prerendered UI is in the other language: the
 * stylesheet hides the header's and panels' words (not the article) until the app has
 * rendered them in the reader's language.
 */
export const UI_PENDING_ATTRIBUTE = 'data-ui-pending';
