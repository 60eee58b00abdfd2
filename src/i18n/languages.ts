/** UI languages, default first. */
export const UI_LANGUAGES = ['ar', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Writing direction of each UI language. */
export const DIRECTION: Record<UiLanguage, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

/** True when `value` names a UI language we ship. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the UI language: `?lang=` in the URL, then the saved choice, then the first browser
 * language we ship, then Arabic.
 * @param search the page's `location.search` (may be empty)
 * @param saved the stored choice, unvalidated
 * @param browserLanguages `navigator.languages`, most preferred first
 */
export function pickUiLanguage(
  search: string,
  saved: unknown,
  browserLanguages: readonly string[],
): UiLanguage {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isUiLanguage(fromUrl)) return fromUrl;
  if (isUiLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'ar';
}
