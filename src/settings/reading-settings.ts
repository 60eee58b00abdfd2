/** Number of text-size steps offered (1 = smallest). */
export const TEXT_SIZE_STEPS = 5;
/** Article font size per step, in rem. */
export const TEXT_SIZE_REM = [1.0625, 1.1875, 1.3125, 1.5, 1.75] as const;

export const LINE_SPACINGS = ['compact', 'normal', 'relaxed'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];
/** Unitless line height per spacing; Arabic script needs more than Latin. */
export const LINE_HEIGHT: Record<LineSpacing, number> = {
  compact: 1.7,
  normal: 1.95,
  relaxed: 2.25,
};

export const THEMES = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The reader's choices, remembered across reloads. */
export interface ReadingSettings {
  /** 1..TEXT_SIZE_STEPS */
  textSize: number;
  lineSpacing: LineSpacing;
  theme: Theme;
  /** Off hides harakat (tashkeel) on screen; the text itself never changes. */
  showHarakat: boolean;
  /**
   * On (the default) widens a selection to whole words before it is highlighted; off keeps it
   * exactly as selected, as holding Alt does (for touch screens, which have no Alt).
   */
  snapToWords: boolean;
}

/** Settings for a first visit: the theme follows the system's colour scheme. */
export function defaultSettings(prefersDark: boolean): ReadingSettings {
  return {
    textSize: 3,
    lineSpacing: 'normal',
    theme: prefersDark ? 'dark' : 'light',
    showHarakat: true,
    snapToWords: true,
  };
}

/**
 * Reads stored settings field by field, keeping each valid field and falling back for the rest,
 * so one corrupt value never resets everything.
 */
export function restoreSettings(raw: unknown, fallback: ReadingSettings): ReadingSettings {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as Record<string, unknown>;
  const textSize =
    typeof r.textSize === 'number' &&
    Number.isInteger(r.textSize) &&
    r.textSize >= 1 &&
    r.textSize <= TEXT_SIZE_STEPS
      ? r.textSize
      : fallback.textSize;
  return {
    textSize,
    lineSpacing: oneOf(LINE_SPACINGS, r.lineSpacing) ?? fallback.lineSpacing,
    theme: oneOf(THEMES, r.theme) ?? fallback.theme,
    showHarakat: typeof r.showHarakat === 'boolean' ? r.showHarakat : fallback.showHarakat,
    snapToWords: typeof r.snapToWords === 'boolean' ? r.snapToWords : fallback.snapToWords,
  };
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((o) => o === value);
}
