import { loadSetting } from '../storage/settings-storage';
import {
  LINE_HEIGHT,
  TEXT_SIZE_REM,
  defaultSettings,
  restoreSettings,
  type ReadingSettings,
} from './reading-settings';

/** Where the reading settings are kept in localStorage. */
export const SETTINGS_STORAGE_KEY = 'qari.readingSettings';

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The stored reading settings, each invalid or missing field at its default (theme: the system's). */
export function storedReadingSettings(): ReadingSettings {
  return restoreSettings(loadSetting(SETTINGS_STORAGE_KEY), defaultSettings(prefersDark()));
}

/**
 * Puts the theme, text size and line spacing on `<html>` (through the CSSOM, which the CSP
 * allows). Runs before the first paint (`before-paint.ts`) and again on every change.
 */
export function applyReadingSettings(
  settings: ReadingSettings,
  root = document.documentElement,
): void {
  root.dataset.theme = settings.theme;
  root.style.setProperty('--article-font-size', `${TEXT_SIZE_REM[settings.textSize - 1]}rem`);
  root.style.setProperty('--article-line-height', String(LINE_HEIGHT[settings.lineSpacing]));
}
