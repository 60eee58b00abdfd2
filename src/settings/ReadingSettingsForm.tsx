import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_SPACINGS, TEXT_SIZE_STEPS, THEMES } from './reading-settings';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { Switch } from '../ui/Switch';
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

/** Text size (slider), line spacing and theme (radio groups), harakat and word snapping (switches). */
export function ReadingSettingsForm() {
  const { t } = useTranslation();
  const { settings, update } = useReadingSettings();
  const sizeId = useId();

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
      <ChoiceGroup
        label={t('settings.lineSpacing')}
        options={LINE_SPACINGS}
        value={settings.lineSpacing}
        onChange={(lineSpacing) => update({ lineSpacing })}
        optionLabel={(spacing) => t(SPACING_KEY[spacing])}
      />
      <Switch
        label={t('settings.showHarakat')}
        checked={settings.showHarakat}
        onChange={(showHarakat) => update({ showHarakat })}
      />
      <Switch
        label={t('settings.snapToWords')}
        checked={settings.snapToWords}
        onChange={(snapToWords) => update({ snapToWords })}
      />
      <ChoiceGroup
        label={t('settings.theme')}
        options={THEMES}
        value={settings.theme}
        onChange={(theme) => update({ theme })}
        optionLabel={(theme) => t(THEME_KEY[theme])}
        optionClass={(theme) => `choice--swatch choice--${theme}`}
      />
    </div>
  );
}
