import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_SPACINGS, TEXT_SIZE_STEPS, THEMES } from './reading-settings';
import { useReadingSettings } from './SettingsProvider';

const SPACING_KEY = {
  compact: 'settings.lineSpacingCompact',
  normal: 'settings.lineSpacingNormal',
  relaxed: 'settings.lineSpacingRelaxed',
} as const;
const THEME_KEY = {
  light: 'settings.themeLight',
  sepia: 'settings.themeSepia',
  dark: 'settings.themeDark',
} as const;

/** Text size (slider), line spacing and theme (radio groups). */
export function ReadingSettingsForm() {
  const { t } = useTranslation();
  const { settings, update } = useReadingSettings();
  const sizeId = useId();
  const spacingId = useId();
  const themeId = useId();
  const harakatId = useId();

  return (
    <div className="settings-form">
      <div className="field">
        <label htmlFor={sizeId}>{t('settings.textSize')}</label>
        <input
          id={sizeId}
          type="range"
          min={1}
          max={TEXT_SIZE_STEPS}
          step={1}
          value={settings.textSize}
          aria-valuetext={t('settings.textSizeValue', {
            step: settings.textSize,
            steps: TEXT_SIZE_STEPS,
          })}
          onChange={(e) => update({ textSize: Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <span id={spacingId} className="field__label">
          {t('settings.lineSpacing')}
        </span>
        <div role="radiogroup" aria-labelledby={spacingId} className="choice-row">
          {LINE_SPACINGS.map((spacing) => (
            <label key={spacing} className="choice">
              <input
                type="radio"
                name={spacingId}
                checked={settings.lineSpacing === spacing}
                onChange={() => update({ lineSpacing: spacing })}
              />
              {t(SPACING_KEY[spacing])}
            </label>
          ))}
        </div>
      </div>
      <div className="field field--inline">
        <input
          id={harakatId}
          type="checkbox"
          role="switch"
          checked={settings.showHarakat}
          onChange={(e) => update({ showHarakat: e.target.checked })}
        />
        <label htmlFor={harakatId}>{t('settings.showHarakat')}</label>
      </div>
      <div className="field">
        <span id={themeId} className="field__label">
          {t('settings.theme')}
        </span>
        <div role="radiogroup" aria-labelledby={themeId} className="choice-row">
          {THEMES.map((theme) => (
            <label key={theme} className={`choice choice--swatch choice--${theme}`}>
              <input
                type="radio"
                name={themeId}
                checked={settings.theme === theme}
                onChange={() => update({ theme })}
              />
              {t(THEME_KEY[theme])}
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}
